"""Deterministic synthetic entities: plausible companies, people, articles, papers and custom entities.

Everything is drawn from a ``random.Random`` the caller seeds, so the same seed gives the same items.
"""

from __future__ import annotations

import random
import re

from exa_websets_api.models import (
    WebsetItemArticleProperties,
    WebsetItemArticlePropertiesFields,
    WebsetItemCompanyProperties,
    WebsetItemCompanyPropertiesFields,
    WebsetItemCustomProperties,
    WebsetItemCustomPropertiesFields,
    WebsetItemEvaluation,
    WebsetItemEvaluationReferencesItem,
    WebsetItemEvaluationSatisfied,
    WebsetItemPersonCompanyPropertiesFields,
    WebsetItemPersonProperties,
    WebsetItemPersonPropertiesFields,
    WebsetItemResearchPaperProperties,
    WebsetItemResearchPaperPropertiesFields,
)

from ._records import EntitySpec, ItemProperties

_PREFIXES = [
    "Aurora", "Beacon", "Cobalt", "Delta", "Ember", "Fathom", "Granite", "Helix", "Ion", "Juniper", "Kestrel",
    "Lumen", "Meridian", "Nimbus", "Onyx", "Parallax", "Quartz", "Radiant", "Summit", "Tessera", "Umbra", "Vector",
    "Willow", "Xylo", "Yonder", "Zephyr", "Atlas", "Bramble", "Cinder", "Drift", "Echo", "Flux", "Harbor", "Iris",
]  # fmt: skip
_SUFFIXES = ["Labs", "AI", "Systems", "Robotics", "Analytics", "Health", "Bio", "Works", "Dynamics", "Cloud", "Data"]
_INDUSTRIES = [
    "Artificial Intelligence", "Healthcare Technology", "Financial Services", "Developer Tools", "Cybersecurity",
    "Climate Technology", "Biotechnology", "Robotics", "Logistics", "Education Technology", "Enterprise Software",
]  # fmt: skip
_CITIES = [
    "San Francisco, CA", "New York, NY", "London, UK", "Berlin, Germany", "Paris, France", "Toronto, Canada",
    "Austin, TX", "Boston, MA", "Singapore", "Tel Aviv, Israel", "Stockholm, Sweden", "Bangalore, India",
    "Amsterdam, Netherlands", "Seattle, WA", "Zurich, Switzerland", "Tokyo, Japan", "Sydney, Australia",
]  # fmt: skip
_FIRST = [
    "Ava", "Ben", "Chloe", "Daniel", "Elena", "Farid", "Grace", "Hiro", "Isabel", "Jonas", "Kavya", "Liam", "Maya",
    "Noah", "Olivia", "Priya", "Quentin", "Rosa", "Samir", "Tara", "Umar", "Vera", "Wei", "Yara", "Zoe", "Marco",
]  # fmt: skip
_LAST = [
    "Anderson", "Becker", "Chen", "Dubois", "Evans", "Fischer", "Garcia", "Haddad", "Ito", "Johansson", "Kim",
    "Larsen", "Moreau", "Nakamura", "Okafor", "Patel", "Rossi", "Schmidt", "Tanaka", "Usman", "Varga", "Wang",
]  # fmt: skip
_POSITIONS = [
    "VP of Engineering", "Chief Technology Officer", "Head of Product", "Staff Software Engineer",
    "Director of Data Science", "Founder & CEO", "Head of Growth", "Principal Research Scientist",
]  # fmt: skip
_PUBLICATIONS = ["techcrunch.com", "theverge.com", "wired.com", "venturebeat.com", "ft.com", "reuters.com"]
_ARTICLE_TEMPLATES = [
    "How {topic} is changing the industry",
    "Inside the race to build {topic}",
    "{topic}: what founders need to know in {year}",
    "The quiet rise of {topic}",
    "Why investors are betting on {topic}",
]  # fmt: skip
_PAPER_TEMPLATES = [
    "Scaling Laws for {topic}",
    "A Survey of {topic}",
    "Towards Robust {topic}",
    "{topic}: Benchmarks and Baselines",
    "Efficient Methods for {topic}",
]  # fmt: skip
_FILLER = [
    "The team has grown steadily since its founding and now serves customers on three continents.",
    "Its platform combines proprietary data with models trained for the specific needs of its users.",
    "Recent announcements include a partnership with a major cloud provider and an expanded research group.",
    "Customers cite faster onboarding, transparent pricing and responsive support as reasons for adoption.",
    "The leadership team brings experience from large technology companies and academic research labs.",
    "Analysts expect the market for such products to keep growing over the next several years.",
    "Independent reviews highlight the quality of the documentation and the reliability of the service.",
    "A public roadmap lists upcoming integrations, an enterprise tier and on-premise deployment options.",
]  # fmt: skip
_STOPWORDS = {"a", "an", "the", "of", "in", "on", "for", "and", "or", "to", "with", "that", "at", "by", "from", "is"}

ENTITY_NOUNS = {
    "company": "company",
    "person": "person",
    "article": "article",
    "research_paper": "research paper",
    "custom": "entity",
}


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "item"


def topic_of(query: str) -> str:
    words = [w for w in re.findall(r"[A-Za-z0-9][A-Za-z0-9\-']*", query) if w.lower() not in _STOPWORDS]
    return " ".join(words[:6]) or "emerging technology"


def detect_entity(query: str) -> EntitySpec:
    """A guess at the entity type from the words of a query, as the service's auto-detection does."""
    text = query.lower()
    if re.search(r"\b(papers?|research papers?|studies|study|arxiv|preprints?)\b", text):
        return EntitySpec("research_paper")
    if re.search(r"\b(articles?|news|blog posts?|posts|stories|coverage)\b", text):
        return EntitySpec("article")
    if re.search(r"\b(people|persons?|engineers?|vps?|ceos?|ctos?|founders?|researchers?|executives?)\b", text):
        return EntitySpec("person")
    return EntitySpec("company")


def default_criteria(query: str, entity: EntitySpec) -> list[str]:
    noun = entity.description if entity.type == "custom" and entity.description else ENTITY_NOUNS[entity.type]
    return [f"The {noun} is relevant to: {query[:200]}", f"The {noun} has a verifiable public web presence"]


def _content(rng: random.Random, lead: str, minimum: int, maximum: int) -> str:
    target = rng.randint(minimum, maximum)
    paragraphs = [lead]
    while sum(len(p) for p in paragraphs) < target:
        paragraphs.append(" ".join(rng.sample(_FILLER, k=rng.randint(2, 4))))
    return "\n\n".join(paragraphs)


def _a(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _company_name(rng: random.Random) -> str:
    return f"{rng.choice(_PREFIXES)} {rng.choice(_SUFFIXES)}"


def _date(rng: random.Random) -> str:
    return f"{rng.randint(2023, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def make_properties(rng: random.Random, entity: EntitySpec, query: str) -> ItemProperties:
    """One synthetic entity of the given type, plausible for the query."""
    topic = topic_of(query)
    if entity.type == "person":
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        employer, city = _company_name(rng), rng.choice(_CITIES)
        position = rng.choice(_POSITIONS)
        handle = f"{slug(first)}-{slug(last)}-{rng.getrandbits(24):06x}"
        return WebsetItemPersonProperties(
            url=f"https://www.linkedin.com/in/{handle}",
            description=f"{first} {last} is {position} at {employer}, relevant to “{query[:120]}”.",
            person=WebsetItemPersonPropertiesFields(
                name=f"{first} {last}",
                location=city,
                position=position,
                company=WebsetItemPersonCompanyPropertiesFields(name=employer, location=city),
                picture_url=f"https://media.licdn.com/dms/image/{handle}/profile-displayphoto.jpg",
            ),
        )
    if entity.type == "article":
        title = rng.choice(_ARTICLE_TEMPLATES).format(topic=topic, year=rng.randint(2024, 2026))
        published = _date(rng)
        author = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        url = f"https://www.{rng.choice(_PUBLICATIONS)}/{published[:4]}/{published[5:7]}/{slug(title)}"
        return WebsetItemArticleProperties(
            url=url,
            description=f"An article by {author} about {topic}.",
            content=_content(rng, f"{title}. By {author}, {published}.", 600, 4000),
            article=WebsetItemArticlePropertiesFields(title=title, author=author, published_at=published),
        )
    if entity.type == "research_paper":
        title = rng.choice(_PAPER_TEMPLATES).format(topic=topic.title())
        published = _date(rng)
        authors = ", ".join(f"{rng.choice(_FIRST)[0]}. {rng.choice(_LAST)}" for _ in range(rng.randint(2, 5)))
        url = f"https://arxiv.org/abs/{published[2:4]}{published[5:7]}.{rng.randint(1000, 29999):05d}"
        return WebsetItemResearchPaperProperties(
            url=url,
            description=f"A paper on {topic} by {authors}.",
            content=_content(rng, f"Abstract. We study {topic}. {title} presents new results.", 1000, 4000),
            research_paper=WebsetItemResearchPaperPropertiesFields(title=title, author=authors, published_at=published),
        )
    if entity.type == "custom":
        kind = entity.description or "entity"
        host = _company_name(rng)
        title = f"{kind.rstrip('s')}: {topic} at {host}"
        published = _date(rng)
        return WebsetItemCustomProperties(
            url=f"https://www.{slug(host)}.com/{slug(kind)}/{rng.randint(1000, 99999)}",
            description=f"A {kind.lower()} from {host} matching “{query[:120]}”.",
            content=_content(rng, f"{title}. Posted {published}.", 400, 2500),
            custom=WebsetItemCustomPropertiesFields(title=title, author=host, published_at=published),
        )
    name, industry, city = _company_name(rng), rng.choice(_INDUSTRIES), rng.choice(_CITIES)
    domain = f"{slug(name).replace('-', '')}.{rng.choice(['com', 'ai', 'io'])}"
    about = f"{name} builds {industry.lower()} products for teams working on {topic}."
    return WebsetItemCompanyProperties(
        url=f"https://www.{domain}",
        description=f"{name} is {_a(industry)} {industry.lower()} company in {city} relevant to “{query[:120]}”.",
        content=_content(rng, f"{name} — {about} Headquartered in {city}.", 500, 3500),
        company=WebsetItemCompanyPropertiesFields(
            name=name,
            location=city,
            employees=float(rng.choice([8, 15, 25, 40, 60, 120, 250, 600, 1500])),
            industry=industry,
            about=about,
            logo_url=f"https://www.{domain}/logo.png",
        ),
    )


def display_name(properties: ItemProperties) -> str:
    if isinstance(properties, WebsetItemCompanyProperties):
        return properties.company.name
    if isinstance(properties, WebsetItemPersonProperties):
        return properties.person.name
    if isinstance(properties, WebsetItemArticleProperties):
        return properties.article.title or properties.url
    if isinstance(properties, WebsetItemResearchPaperProperties):
        return properties.research_paper.title or properties.url
    return properties.custom.title or properties.url


def make_evaluations(rng: random.Random, criteria: list[str], properties: ItemProperties) -> list[WebsetItemEvaluation]:
    """Evaluations of an item that passed: every criterion "yes", now and then "unclear" after the first."""
    name = display_name(properties)
    evaluations = []
    for index, criterion in enumerate(criteria):
        unclear = index > 0 and rng.random() < 0.1
        satisfied = WebsetItemEvaluationSatisfied.UNCLEAR if unclear else WebsetItemEvaluationSatisfied.YES
        reasoning = (
            f"The sources do not say clearly whether {name} meets this criterion."
            if unclear
            else f"{name}'s public pages state facts that satisfy “{criterion[:120]}”."
        )
        reference = WebsetItemEvaluationReferencesItem(
            title=f"{name} — overview", snippet=properties.description[:200], url=properties.url
        )
        evaluations.append(
            WebsetItemEvaluation(criterion=criterion, reasoning=reasoning, satisfied=satisfied, references=[reference])
        )
    return evaluations


def detect_format(description: str) -> str:
    text = description.lower()
    rules = [
        ("email", r"\be-?mail"),
        ("phone", r"\bphone|telephone"),
        ("url", r"\burl\b|website|linkedin|link\b"),
        ("date", r"\bdate\b|\bwhen\b"),
        ("number", r"\bhow many\b|\bnumber\b|\bcount\b|\byear\b|revenue|employees|funding|amount"),
    ]
    return next((fmt for fmt, pattern in rules if re.search(pattern, text)), "text")


def enrichment_title(description: str) -> str:
    words = re.findall(r"[A-Za-z0-9']+", description)
    return " ".join(words[:5]).title() or "Enrichment"


def enrichment_value(
    rng: random.Random, fmt: str, description: str, options: list[str] | None, properties: ItemProperties
) -> tuple[list[str], str, dict[str, str | None]]:
    """A result (always a list of strings, numbers too), its reasoning and one reference."""
    name = display_name(properties)
    domain = re.sub(r"^https?://(www\.)?", "", properties.url).split("/")[0]
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    text = description.lower()
    if fmt == "options" and options:
        value = rng.choice(options)
    elif fmt == "number":
        value = str(rng.randint(1998, 2024) if "year" in text else rng.randint(5, 5000))
    elif fmt == "date":
        value = _date(rng)
    elif fmt == "email":
        value = f"{first.lower()}.{last.lower()}@{domain}"
    elif fmt == "phone":
        value = f"+1 415-555-{rng.randint(100, 9999):04d}"
    elif fmt == "url":
        value = f"https://www.linkedin.com/company/{slug(name)}" if "linkedin" in text else f"https://{domain}/about"
    elif re.search(r"\b(ceo|cto|founder|name|who)\b", text):
        value = f"{first} {last}"
    else:
        value = f"{name}: {rng.choice(_FILLER)}"
    reasoning = f"Found on {domain} while looking for “{description[:100]}”."
    reference: dict[str, str | None] = {"title": f"{name} — about", "snippet": value[:200], "url": properties.url}
    return [value], reasoning, reference
