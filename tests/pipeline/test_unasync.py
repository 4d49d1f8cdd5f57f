"""The sync facade is derived from the async one, never edited by hand."""

from __future__ import annotations

from scripts import unasync


def test_committed_sync_code_is_exactly_what_unasync_produces() -> None:
    assert unasync.main(["--check"]) == 0, "run: python scripts/unasync.py"


def test_unasync_drops_async_and_await_and_renames_async_names() -> None:
    source = (
        "class AsyncPages(AsyncResource):\n"
        "    async def list(self) -> AsyncIterator[int]:\n"
        '        """Use `async with AsyncWebsetsClient()`."""\n'
        "        await async_sleep(1)\n"
        "        async with self.lock:\n"
        "            async for page in self.pages():  # async for each page\n"
        "                yield await page.fetch()\n"
        "    async def __aenter__(self) -> AsyncPages:\n"
        "        await self.http.aclose()\n"
    )
    assert unasync.unasync_source(source) == (
        "class Pages(Resource):\n"
        "    def list(self) -> Iterator[int]:\n"
        '        """Use `with WebsetsClient()`."""\n'
        "        sleep(1)\n"
        "        with self.lock:\n"
        "            for page in self.pages():  # for each page\n"
        "                yield page.fetch()\n"
        "    def __enter__(self) -> Pages:\n"
        "        self.http.close()\n"
    )


def test_names_that_merely_start_with_async_are_kept() -> None:
    assert unasync.rename("Asynchronous") == "Asynchronous"
    assert unasync.rename("asyncio_helper") == "asyncio_helper"


def test_async_modules_outside_the_async_tree_get_a_derived_sync_sibling(tmp_path, monkeypatch) -> None:
    facade = tmp_path / "exa_websets"
    (facade / "_async").mkdir(parents=True)
    (facade / "_sync").mkdir()
    (facade / "paging").mkdir()
    (facade / "paging" / "_async.py").write_text("async def first(pages):\n    return await pages.next()\n")
    (facade / "waiting").mkdir()
    (facade / "waiting" / "_sync.py").write_text("def hand_written(): ...\n")  # no header: not ours to delete
    monkeypatch.setattr(unasync, "ROOT", tmp_path)
    monkeypatch.setattr(unasync, "FACADE", facade)
    monkeypatch.setattr(unasync, "SOURCE", facade / "_async")
    monkeypatch.setattr(unasync, "TARGET", facade / "_sync")
    assert unasync.main(["--check"]) == 1
    assert unasync.main([]) == 0
    derived = (facade / "paging" / "_sync.py").read_text(encoding="utf-8")
    assert derived.startswith("# Generated from exa_websets/paging/_async.py by scripts/unasync.py.")
    assert "def first(pages):\n    return pages.next()\n" in derived
    assert unasync.main(["--check"]) == 0
    (facade / "paging" / "_async.py").unlink()
    assert unasync.main(["--check"]) == 1  # the derived sibling is now stale
    assert unasync.main([]) == 0
    assert not (facade / "paging" / "_sync.py").exists()
    assert (facade / "waiting" / "_sync.py").exists()
