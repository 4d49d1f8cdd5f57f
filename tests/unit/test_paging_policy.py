"""The pure paging position: which page to fetch, what to skip, and the resume token. No I/O."""

from __future__ import annotations

import pytest
from exa_websets.paging.policy import (
    RESUME_PREFIX,
    CursorLoop,
    ListingPosition,
    MissingNextCursor,
    ResumePoint,
    parse_resume_token,
)


def test_the_position_moves_only_when_a_page_has_arrived() -> None:
    cursor = ListingPosition.starting_at(None)
    assert (cursor.to_fetch, cursor.finished, cursor.resume.token()) == (None, False, None)
    assert cursor.arrived(2, True, "c2") == 0
    assert (cursor.page_cursor, cursor.to_fetch) == (None, "c2")  # reading page 1; page 2 is next
    cursor.arrived(2, True, "c3")
    assert (cursor.page_cursor, cursor.to_fetch) == ("c2", "c3")
    cursor.arrived(1, False, None)
    assert cursor.finished
    assert cursor.page_cursor == "c3"


def test_the_resume_token_follows_the_items_delivered() -> None:
    cursor = ListingPosition.starting_at(None)
    cursor.arrived(3, True, "c2")
    assert cursor.resume.token() is None  # nothing received yet: from the start
    cursor.delivered(2)
    token = cursor.resume.token()
    assert token is not None
    assert token.startswith(RESUME_PREFIX)
    assert parse_resume_token(token) == cursor.resume
    assert (cursor.resume.cursor, cursor.resume.skip) == (None, 2)
    cursor.delivered(3)
    assert cursor.resume.token() == "c2"  # a whole page received: the server's cursor of the next one


def test_a_resume_skips_what_was_received_even_across_a_page_that_got_shorter() -> None:
    cursor = ListingPosition.starting_at(ResumePoint("c2", 5).token())
    assert cursor.arrived(3, True, "c3") == 3  # the page now holds 3: skip them all, 2 more on the next page
    assert cursor.resume == ResumePoint("c3", 2)
    assert cursor.arrived(4, True, "c4") == 2
    cursor.delivered(3)
    assert cursor.resume == ResumePoint("c3", 3)


def test_a_finished_list_resumes_at_its_last_page_and_so_sees_later_additions() -> None:
    cursor = ListingPosition.starting_at(None)
    cursor.arrived(2, False, None)
    cursor.delivered(2)
    assert parse_resume_token(cursor.resume.token()) == cursor.resume
    assert (cursor.resume.cursor, cursor.resume.skip) == (None, 2)


@pytest.mark.parametrize(
    ("token", "message"),
    [
        (RESUME_PREFIX + "%%%", "not base64url JSON"),
        (RESUME_PREFIX + "WzFd", 'exactly "cursor" and "skip"'),  # [1]
        (RESUME_PREFIX + "eyJjdXJzb3IiOiIiLCJza2lwIjoxfQ", "non-empty string or null"),  # cursor ""
        (RESUME_PREFIX + "eyJjdXJzb3IiOm51bGwsInNraXAiOjEuNX0", "integer from 0"),  # skip 1.5
        (RESUME_PREFIX + "eyJjdXJzb3IiOm51bGwsInNraXAiOjk5OTk5OTk5OTk5fQ", "integer from 0"),  # skip too large
    ],
)
def test_malformed_tokens_say_what_is_wrong(token: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_resume_token(token)


def test_a_plain_cursor_is_the_start_of_its_page() -> None:
    assert (
        parse_resume_token("eyJpZCI6IndlYnNldF8wMWpu") == ListingPosition.starting_at("eyJpZCI6IndlYnNldF8wMWpu").resume
    )


def test_a_repeated_cursor_stops_instead_of_looping() -> None:
    cursor = ListingPosition.starting_at("c1")
    cursor.arrived(1, True, "c2")
    with pytest.raises(CursorLoop, match="repeated cursor 'c2'"):
        cursor.arrived(1, True, "c2")


def test_has_more_without_a_cursor_is_a_dead_end_raised_after_the_page() -> None:
    cursor = ListingPosition.starting_at(None)
    cursor.arrived(2, True, None)
    assert cursor.finished
    assert isinstance(cursor.dead_end, MissingNextCursor)


def test_a_list_without_cursors_ends_after_one_page() -> None:
    cursor = ListingPosition.starting_at(None)
    cursor.arrived(1, True, "ignored", paginates=False)
    assert cursor.finished
    assert cursor.dead_end is None
