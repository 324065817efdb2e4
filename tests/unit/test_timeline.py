"""The preview's timeline: phases in the order they started, a run's parts beside it, and the time that was
neither analysis nor render (what `make preview`'s target is judged on besides those two)."""

import threading
import time

from hulplijnen.config import timeline


def test_phases_are_said_in_order_with_a_runs_parts_beside_it():
    timeline.begin(10.0)
    timeline.span("save", 10.0, 10.1)
    timeline.span("notebook channels", 10.2, 11.7)  # recorded when it ended, its parts right after it
    for name, start, end in (("kernel", 10.2, 10.3), ("setup", 10.3, 10.4), ("analysis", 10.4, 11.4)):
        timeline.span(name, start, end, inner=True)
    timeline.span("render", 11.8, 17.8)
    timeline.span("plan", 10.1, 10.2)  # recorded late, started early: shown where it started
    timeline.span("cache", 10.25, 10.26)  # started after the notebook, before its parts: the parts stay with it
    start, spans = timeline.end()
    line = timeline.summary(start, spans, finished=18.0)
    assert line.startswith("save 0.10 · plan 0.10 · notebook channels 1.50 (kernel 0.10, setup 0.10, analysis 1.00)")
    assert line.endswith("· cache 0.01 · render 6.00; save to page 8.00 s, besides analysis and render 1.00 s")


def test_nothing_is_recorded_without_a_timeline_and_threads_may_mark_phases():
    timeline.span("lost", 0.0, 1.0)  # no timeline runs (make report): nothing kept
    timeline.begin()
    with timeline.phase("assemble"):
        worker = threading.Thread(target=lambda: timeline.span("render", time.perf_counter()))
        worker.start()
        worker.join()
    start, spans = timeline.end()
    assert sorted(s.name for s in spans) == ["assemble", "render"]
    assert timeline.end() == (start, [])  # ended: a second end has nothing
    timeline.span("after", 0.0, 1.0)
    assert timeline.end()[1] == []


def test_a_save_is_dated_by_the_files_modification_time():
    now_ns = time.time_ns()
    assert abs((time.perf_counter() - timeline.since_modified(now_ns - 2_000_000_000)) - 2.0) < 0.1
    assert timeline.since_modified(now_ns + 10**12) <= time.perf_counter()  # a clock ahead: never in the future
