"""file_digest remembers a settled file's digest with its identity and change times, and reads it again when
any of them moved: a rewrite with the same size and its modification time set back is still seen."""

import hashlib
import os
import time
from pathlib import Path

from hulplijnen.config import digests


def test_a_settled_file_is_read_once_and_any_rewrite_is_seen(tmp_path, monkeypatch):
    path = tmp_path / "a.csv"
    path.write_text("x,1\n", encoding="utf-8")
    settled = time.time_ns() - 5 * digests.SETTLED_NS
    os.utime(path, ns=(settled, settled))
    monkeypatch.setattr(digests, "SETTLED_NS", -(10**18))  # the status-change time just moved: count it as settled
    reads = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: reads.append(self) or real(self))
    first = digests.file_digest(path)
    assert digests.file_digest(path) == first and len(reads) == 1
    time.sleep(0.05)  # beyond a tick of the file system's clock (what SETTLED_NS guards against, disabled here)
    path.write_text("x,2\n", encoding="utf-8")  # same size
    os.utime(path, ns=(settled, settled))  # modification time set back: the status-change time still moved
    assert digests.file_digest(path) == hashlib.sha256(b"x,2\n").hexdigest() and len(reads) == 2


def test_a_file_changed_within_the_last_second_is_not_remembered(tmp_path, monkeypatch):
    path = tmp_path / "b.csv"
    path.write_text("y\n", encoding="utf-8")
    reads = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: reads.append(self) or real(self))
    digests.file_digest(path)
    digests.file_digest(path)
    assert len(reads) == 2
