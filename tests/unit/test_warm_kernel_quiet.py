"""A spare kernel's threads stay quiet only when a stopped preview has removed its socket folder (CI stop 32:
'Exception in thread Heartbeat' printed after Ctrl-C); any other thread error is still reported."""

from __future__ import annotations

import threading

from hulplijnen.pipeline import warm


def _raise_in_thread() -> None:
    def boom() -> None:
        raise RuntimeError("bind failed")

    thread = threading.Thread(target=boom, name="Heartbeat")
    thread.start()
    thread.join()


def test_a_thread_error_after_the_folder_is_removed_is_not_reported(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "sockets"
    folder.mkdir()
    connection = folder / "kernel.json"
    monkeypatch.setattr(threading, "excepthook", warm._quiet_when_stopped(str(connection)))
    folder.rmdir()
    _raise_in_thread()
    assert "Heartbeat" not in capsys.readouterr().err


def test_a_thread_error_while_the_folder_exists_is_reported(tmp_path, monkeypatch):
    folder = tmp_path / "sockets"
    folder.mkdir()
    seen = []
    monkeypatch.setattr(threading, "excepthook", lambda args: seen.append(args.thread.name))
    monkeypatch.setattr(threading, "excepthook", warm._quiet_when_stopped(str(folder / "kernel.json")))
    _raise_in_thread()
    assert seen == ["Heartbeat"]
