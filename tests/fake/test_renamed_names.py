"""Names of exa_websets.testing that were renamed keep working, with a DeprecationWarning, for one minor release."""

from __future__ import annotations

import exa_websets.testing as testing
import pytest


def test_the_fakes_clock_protocol_is_fake_clock_and_the_old_name_warns() -> None:
    with pytest.warns(DeprecationWarning, match=r"exa_websets\.testing\.Clock is now exa_websets\.testing\.FakeClock"):
        assert testing.Clock is testing.FakeClock
    assert "FakeClock" in testing.__all__
    assert "Clock" not in testing.__all__


def test_a_name_the_package_never_had_is_still_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Klock'"):
        _ = testing.Klock
