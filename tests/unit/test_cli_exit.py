"""The build's exit after a stop: a late signal of the stop must not turn 130/143 into a death by signal."""

import signal

import pytest

from hulplijnen.pipeline import cli


def test_after_a_stop_the_exit_ignores_late_signals_of_it_through_python_s_shutdown(monkeypatch):
    saved = {s: signal.getsignal(s) for s in cli.STOPS.values()}
    monkeypatch.setattr(cli, "_heard", ["SIGTERM"])
    try:
        with pytest.raises(SystemExit) as stopped:
            cli._exit(143)
        assert stopped.value.code == 143
        # ignored, not a Python handler: Python's shutdown resets Python handlers to the default (death by
        # signal) but leaves ignored signals ignored
        assert all(signal.getsignal(s) is signal.SIG_IGN for s in cli.STOPS.values())
    finally:
        for s, handler in saved.items():
            signal.signal(s, handler)


def test_without_a_stop_the_exit_leaves_the_handlers_alone(monkeypatch):
    monkeypatch.setattr(cli, "_heard", [])
    before = signal.getsignal(signal.SIGINT)
    with pytest.raises(SystemExit):
        cli._exit(0)
    assert signal.getsignal(signal.SIGINT) is before
