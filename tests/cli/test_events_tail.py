"""events tail: new events only, each once, oldest first, until stopped."""

from __future__ import annotations

import threading
from collections.abc import Callable

from exa_websets.testing import FakeWebsets, Fault

from .helpers import Cli


def polls_then_stop(
    fake: FakeWebsets, polls: int, during: Callable[[int], None]
) -> tuple[Callable[[float], None], threading.Event]:
    """A sleep for the tail: between polls it advances fake time and calls ``during(n)``; after ``polls``, stop."""
    stop = threading.Event()
    count = 0

    def sleep(seconds: float) -> None:
        nonlocal count
        count += 1
        fake.clock.sleep(seconds)
        during(count)
        if count >= polls:
            stop.set()

    return sleep, stop


def test_tail_prints_only_new_events_once_each_oldest_first(cli: Cli) -> None:
    before = cli.create("Tea shops", 1)  # its events happened before the tail started: not shown
    created: list[str] = []

    def during(poll: int) -> None:
        if poll == 1:
            created.append(cli.create("AI labs", 2, idle=False))
        if poll == 3:
            cli.fake.run_until_idle(created[0])

    sleep, stop = polls_then_stop(cli.fake, 5, during)
    result = cli("--json", "events", "tail", "--interval", "5", sleep=sleep, stop=stop)
    assert result.code == 0, result.err
    events = result.json_lines()
    ids = [event["id"] for event in events]
    assert len(ids) == len(set(ids))  # each once, though polls overlap
    assert {event["data"].get("websetId", event["data"]["id"]) for event in events} == {created[0]}
    assert before not in result.out
    assert [e["createdAt"] for e in events] == sorted(e["createdAt"] for e in events)
    expected = [e["id"] for e in cli.fake.events if e["id"] in set(ids) or _about(e, created[0])]
    assert ids == expected  # nothing about the new webset was missed
    assert events[0]["type"] == "webset.created"
    assert events[-1]["type"] == "webset.idle"


def _about(event: dict[str, object], webset_id: str) -> bool:
    data = event["data"]
    assert isinstance(data, dict)
    return webset_id in (data.get("id"), data.get("websetId"))


def test_tail_filters_by_type_and_prints_a_line_per_event(cli: Cli) -> None:
    def during(poll: int) -> None:
        if poll == 1:
            webset_id = cli.create("AI labs", 2, idle=False)
            cli.fake.run_until_idle(webset_id)

    sleep, stop = polls_then_stop(cli.fake, 2, during)
    result = cli("events", "tail", "--types", "webset.created", "webset.idle", sleep=sleep, stop=stop)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert [line.split()[2] for line in lines] == ["webset.created", "webset.idle"]
    assert lines[1].endswith("(idle)")
    assert "following events (Ctrl-C to stop)" in result.err


def test_tail_since_includes_earlier_events(cli: Cli) -> None:
    webset_id = cli.create("Tea shops", 1)
    sleep, stop = polls_then_stop(cli.fake, 1, lambda poll: None)
    result = cli(
        "--json", "events", "tail", "--since", "2025-12-31T00:00:00Z", "--types", "webset.idle", sleep=sleep, stop=stop
    )
    assert [(e["type"], e["data"]["id"]) for e in result.json_lines()] == [("webset.idle", webset_id)]


def test_ctrl_c_ends_the_tail_with_exit_code_130(cli: Cli) -> None:
    calls = 0

    def sleep(seconds: float) -> None:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise KeyboardInterrupt

    result = cli("events", "tail", sleep=sleep)
    assert (result.code, result.out) == (130, "")  # as the README and --help say: 130 interrupted
    assert result.err.splitlines()[-1] == "stopped following events"
    assert calls == 3


def test_a_bad_since_is_a_usage_error(cli: Cli) -> None:
    result = cli("events", "tail", "--since", "yesterday")
    assert result.code == 2
    assert "not an ISO 8601 time" in result.err


def test_a_poll_that_fails_after_its_retries_is_noted_and_the_tail_goes_on(cli: Cli) -> None:
    # The tail's first listing answers; then every attempt of its first poll fails (the client's 3 retries too).
    cli.fake.faults.script("events-list", None, *[Fault.server_error()] * 4)
    created: list[str] = []
    stop = threading.Event()
    polls = 0

    def sleep(seconds: float) -> None:
        nonlocal polls
        cli.fake.clock.sleep(seconds)
        if seconds == 7.5:  # the tail's interval; the failing poll's retries back off by other amounts
            polls += 1
            if polls == 1:
                created.append(cli.create("AI labs", 2))
            if polls == 2:
                stop.set()

    result = cli("--json", "events", "tail", "--interval", "7.5", sleep=sleep, stop=stop)
    assert result.code == 0, result.err
    assert [f.fault.status for f in cli.fake.faults.injected] == [500] * 4
    assert "a poll failed, still following" in result.err
    assert created[0] in {event["data"].get("websetId", event["data"]["id"]) for event in result.json_lines()}
