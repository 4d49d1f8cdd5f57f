"""Deterministic synthetic entities: plausible companies, people, articles, papers and custom entities.

Everything is drawn from a ``random.Random`` the caller seeds, so the same seed gives the same items.
"""

from __future__ import annotations

import functools
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
    "Aurora",
    "Beacon",
    "Cobalt",
    "Delta",
    "Ember",
    "Fathom",
    "Granite",
    "Helix",
    "Ion",
    "Juniper",
    "Kestrel",
    "Lumen",
    "Meridian",
    "Nimbus",
    "Onyx",
    "Parallax",
    "Quartz",
    "Radiant",
    "Summit",
    "Tessera",
    "Umbra",
    "Vector",
    "Willow",
    "Xylo",
    "Yonder",
    "Zephyr",
    "Atlas",
    "Bramble",
    "Cinder",
    "Drift",
    "Echo",
    "Flux",
    "Harbor",
    "Iris",
]
_SUFFIXES = ["Labs", "AI", "Systems", "Robotics", "Analytics", "Health", "Bio", "Works", "Dynamics", "Cloud", "Data"]
_INDUSTRIES = [
    "Artificial Intelligence",
    "Healthcare Technology",
    "Financial Services",
    "Developer Tools",
    "Cybersecurity",
    "Climate Technology",
    "Biotechnology",
    "Robotics",
    "Logistics",
    "Education Technology",
    "Enterprise Software",
]
_CITIES = [
    "San Francisco, CA",
    "New York, NY",
    "London, UK",
    "Berlin, Germany",
    "Paris, France",
    "Toronto, Canada",
    "Austin, TX",
    "Boston, MA",
    "Singapore",
    "Tel Aviv, Israel",
    "Stockholm, Sweden",
    "Bangalore, India",
    "Amsterdam, Netherlands",
    "Seattle, WA",
    "Zurich, Switzerland",
    "Tokyo, Japan",
    "Sydney, Australia",
]
_EUROPE = (
    "London, UK",
    "Berlin, Germany",
    "Paris, France",
    "Stockholm, Sweden",
    "Amsterdam, Netherlands",
    "Zurich, Switzerland",
)
_US = ("San Francisco, CA", "New York, NY", "Austin, TX", "Boston, MA", "Seattle, WA")
_ASIA = ("Singapore", "Bangalore, India", "Tokyo, Japan", "Tel Aviv, Israel")
# Place words a query or criterion may use, and the synthetic cities that lie there: items are placed where the
# search asks, and a criterion naming a place is judged from the item's location, never at random. Abbreviations
# match in capitals only ("US", not "us").
_PLACES: dict[str, tuple[str, ...]] = {
    r"(?i:europe|european)|EU": _EUROPE,
    r"(?i:united kingdom|britain|british|england|london)|UK": ("London, UK",),
    r"(?i:germany|german|berlin)": ("Berlin, Germany",),
    r"(?i:france|french|paris)": ("Paris, France",),
    r"(?i:sweden|swedish|stockholm|scandinavia|scandinavian|nordic)": ("Stockholm, Sweden",),
    r"(?i:netherlands|dutch|amsterdam)": ("Amsterdam, Netherlands",),
    r"(?i:switzerland|swiss|zurich)": ("Zurich, Switzerland",),
    r"(?i:north america|north american)": (*_US, "Toronto, Canada"),
    r"(?i:united states)|US|USA|U\.S\.": _US,
    r"(?i:california|bay area|silicon valley|san francisco)": ("San Francisco, CA",),
    r"(?i:new york|nyc)": ("New York, NY",),
    r"(?i:texas|austin)": ("Austin, TX",),
    r"(?i:boston|massachusetts)": ("Boston, MA",),
    r"(?i:seattle)": ("Seattle, WA",),
    r"(?i:canada|canadian|toronto)": ("Toronto, Canada",),
    r"(?i:asia|asian|apac)": _ASIA,
    r"(?i:japan|japanese|tokyo)": ("Tokyo, Japan",),
    r"(?i:india|indian|bangalore|bengaluru)": ("Bangalore, India",),
    r"(?i:singapore)": ("Singapore",),
    r"(?i:israel|israeli|tel aviv)": ("Tel Aviv, Israel",),
    r"(?i:australia|australian|sydney)": ("Sydney, Australia",),
}
_PLACE_PATTERNS = [(re.compile(rf"\b(?:{words})(?!\w)"), cities) for words, cities in _PLACES.items()]
_NEGATION = re.compile(r"\b(?:not|outside|excluding|except|non)\b|n't\b", re.IGNORECASE)
_FIRST = [
    "Ava",
    "Ben",
    "Chloe",
    "Daniel",
    "Elena",
    "Farid",
    "Grace",
    "Hiro",
    "Isabel",
    "Jonas",
    "Kavya",
    "Liam",
    "Maya",
    "Noah",
    "Olivia",
    "Priya",
    "Quentin",
    "Rosa",
    "Samir",
    "Tara",
    "Umar",
    "Vera",
    "Wei",
    "Yara",
    "Zoe",
    "Marco",
]
_LAST = [
    "Anderson",
    "Becker",
    "Chen",
    "Dubois",
    "Evans",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ito",
    "Johansson",
    "Kim",
    "Larsen",
    "Moreau",
    "Nakamura",
    "Okafor",
    "Patel",
    "Rossi",
    "Schmidt",
    "Tanaka",
    "Usman",
    "Varga",
    "Wang",
]
_POSITIONS = [
    "VP of Engineering",
    "Chief Technology Officer",
    "Head of Product",
    "Staff Software Engineer",
    "Director of Data Science",
    "Founder & CEO",
    "Head of Growth",
    "Principal Research Scientist",
]
_PUBLICATIONS = ["techcrunch.com", "theverge.com", "wired.com", "venturebeat.com", "ft.com", "reuters.com"]
_ARTICLE_TEMPLATES = [
    "How {topic} is changing the industry",
    "Inside the race to build {topic}",
    "{topic}: what founders need to know in {year}",
    "The quiet rise of {topic}",
    "Why investors are betting on {topic}",
]
_PAPER_TEMPLATES = [
    "Scaling Laws for {topic}",
    "A Survey of {topic}",
    "Towards Robust {topic}",
    "{topic}: Benchmarks and Baselines",
    "Efficient Methods for {topic}",
]
_FILLER = [
    "The team has grown steadily since its founding and now serves customers on three continents.",
    "Its platform combines proprietary data with models trained for the specific needs of its users.",
    "Recent announcements include a partnership with a major cloud provider and an expanded research group.",
    "Customers cite faster onboarding, transparent pricing and responsive support as reasons for adoption.",
    "The leadership team brings experience from large technology companies and academic research labs.",
    "Analysts expect the market for such products to keep growing over the next several years.",
    "Independent reviews highlight the quality of the documentation and the reliability of the service.",
    "A public roadmap lists upcoming integrations, an enterprise tier and on-premise deployment options.",
]
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


def cities_named(text: str) -> set[str] | None:
    """The synthetic cities a text places things in ("based in Europe", "not in the US"); None if it names no place.

    A place is excluded when a negation comes within the few words before it ("not based in", "outside (of)",
    "non-"); a text that only excludes allows every other city.
    """
    included: set[str] = set()
    excluded: set[str] = set()
    for pattern, cities in _PLACE_PATTERNS:
        for match in pattern.finditer(text):
            before = text[: match.start()].split()[-4:]
            negated = bool(_NEGATION.search(" ".join(before))) or text[: match.start()].lower().endswith("non-")
            (excluded if negated else included).update(cities)
    if not included and not excluded:
        return None
    return (included or set(_CITIES)) - excluded


def city_pool(query: str, criteria: list[str]) -> list[str]:
    """Where a search's items may be: the cities every criterion (then the query) allows, all of them if none says.

    A text whose places contradict the ones before is skipped, so a pool is never empty; the items then fail that
    criterion, and their evaluations say so.
    """
    return list(_city_pool(query, tuple(criteria)))


@functools.lru_cache(maxsize=256)  # asked once per item drawn, with the same search's texts: the regexes run once
def _city_pool(query: str, criteria: tuple[str, ...]) -> tuple[str, ...]:
    pool = set(_CITIES)
    for text in [*criteria, query]:
        allowed = cities_named(text)
        if allowed is not None and pool & allowed:
            pool &= allowed
    return tuple(city for city in _CITIES if city in pool)  # in a fixed order: the seed alone picks the city


def location_of(properties: ItemProperties) -> str | None:
    if isinstance(properties, WebsetItemCompanyProperties):
        location = properties.company.location
    elif isinstance(properties, WebsetItemPersonProperties):
        location = properties.person.location
    else:
        return None
    return location if isinstance(location, str) else None


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


def make_properties(
    rng: random.Random, entity: EntitySpec, query: str, criteria: list[str] | None = None
) -> ItemProperties:
    """One synthetic entity of the given type, plausible for the query; located where the query and criteria say."""
    topic = topic_of(query)
    cities = city_pool(query, criteria or [])
    if entity.type == "person":
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        employer, city = _company_name(rng), rng.choice(cities)
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
    name, industry, city = _company_name(rng), rng.choice(_INDUSTRIES), rng.choice(cities)
    domain = f"{slug(name).replace('-', '')}.{rng.choice(['com', 'ai', 'io'])}"
    about = f"{name} builds {industry.lower()} products for teams working on {topic}."
    return WebsetItemCompanyProperties(
        url=f"https://www.{domain}",
        description=f"{name} is {_a(industry)} {industry.lower()} company in {city} relevant to “{query[:120]}”.",
        content=_content(rng, f"{name} — {about} Headquartered in {city}.", 500, 3500),
        company=WebsetItemCompanyPropertiesFields(
            name=name,
            location=city,
            employees=rng.choice([8, 15, 25, 40, 60, 120, 250, 600, 1500]),
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
    """An item's evaluations. A criterion naming a place is judged from the item's location: "yes" or "no", as the
    properties say. Any other criterion is "yes", now and then "unclear" after the first (the item passed)."""
    name = display_name(properties)
    location = location_of(properties)
    evaluations = []
    for index, criterion in enumerate(criteria):
        chance = rng.random() if index > 0 else 1.0  # the first criterion is never unclear
        allowed = cities_named(criterion) if location is not None else None
        if allowed is not None:
            met = location in allowed
            satisfied = WebsetItemEvaluationSatisfied.YES if met else WebsetItemEvaluationSatisfied.NO
            reasoning = (
                f"{name} is located in {location}, which "
                f"{'satisfies' if met else 'does not satisfy'} “{criterion[:120]}”."
            )
        elif index > 0 and chance < 0.1:
            satisfied = WebsetItemEvaluationSatisfied.UNCLEAR
            reasoning = f"The sources do not say clearly whether {name} meets this criterion."
        else:
            satisfied = WebsetItemEvaluationSatisfied.YES
            reasoning = f"{name}'s public pages state facts that satisfy “{criterion[:120]}”."
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
