"""Conformance of the fake (and of the official client against it) with the pinned spec: Schemathesis, exa-py."""
