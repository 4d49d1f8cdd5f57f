"""The parts of ``scripts/record_golden.py``, one idea a module.

``spec_facts``   what the pinned spec says about each operation (its status, its success schema)
``capture``      the raw responses as they came over the wire (an httpx response hook)
``scrubbing``    what a recording must never keep: the webhook secret, presigned query strings, the API key
``writing``      fixtures in the golden layout, and the RECORDING.md their source names
``bookkeeping``  the run's summary, the resources it created and how they are named
``recording``    the run: one facade call recorded at a time, the reads, the writes
``cleanup``      deleting whatever the run created, also what a create made without answering
"""
