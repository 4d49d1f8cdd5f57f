"""The request path, in the order a call takes it: ``operation`` describes the call (which generated operation, its
parameters and schemas), ``request`` builds and validates it, the pipeline (``_async/_pipeline.py``) sends it, and
``response`` reads the answer (typed errors, the list envelope, ``ResponseInfo``)."""
