"""Benchmarks of the exa_websets facade against raw httpx (the floor) and exa-py, on the bundled fake service.

Run ``python -m bench`` (or ``nox -s bench``); it writes ``bench/results/latest.md`` and ``bench/results/latest.png``.
"""
