from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

T = TypeVar("T", bound="WebsetItemResearchPaperProperties")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class WebsetItemResearchPaperProperties(LazyModel):
    """
    Attributes:
        type_ (Literal['research_paper']):  Default: 'research_paper'.
        url (str): The URL of the research paper
        description (str): Short description of the relevance of the research paper
        content (None | str): The text content of the research paper
        research_paper (WebsetItemResearchPaperPropertiesFields):
    """

    url: str
    description: str
    content: None | str
    research_paper: WebsetItemResearchPaperPropertiesFields
    type_: Literal["research_paper"] = "research_paper"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        url = self.url

        description = self.description

        content: None | str
        content = self.content

        research_paper = self.research_paper.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
                "description": description,
                "content": content,
                "researchPaper": research_paper,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]
        if type_ != "research_paper":
            raise ValueError(f"type must match const 'research_paper', got '{type_}'")

        url = d["url"]

        description = d["description"]

        content = d["content"]

        # The lazy fields are built on first read, but a required one missing is an error now, as for any other.
        if not ("researchPaper" in d):
            raise KeyError(next(key for key in ("researchPaper",) if key not in d))

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        webset_item_research_paper_properties = object.__new__(cls)
        webset_item_research_paper_properties._src = d
        webset_item_research_paper_properties.type_ = type_
        webset_item_research_paper_properties.url = url
        webset_item_research_paper_properties.description = description
        webset_item_research_paper_properties.content = content

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 5:
            webset_item_research_paper_properties.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return webset_item_research_paper_properties

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The JSON keys the model has fields for: any other key of an object goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "url",
        "description",
        "content",
        "researchPaper",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.webset_item_research_paper_properties_fields import (
    WebsetItemResearchPaperPropertiesFields,  # noqa: E402
)

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


WebsetItemResearchPaperProperties._lazy(
    {
        "research_paper": ("researchPaper", True, WebsetItemResearchPaperPropertiesFields.from_dict),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
