"""Workers send their answers in batches (io/isolation.py): fewer messages, and nothing lost when a worker dies
with answers it had not sent yet."""
from collections import Counter

import helpers_crash
from workbook_tools.io import isolation
from workbook_tools.io.isolation import CRASHED, run_isolated


def _calls(log):
    return Counter(log.read_text(encoding="utf-8").split())


def test_answers_not_sent_when_a_worker_dies_are_redone_and_only_its_input_fails(tmp_path):
    log = tmp_path / "calls.txt"
    names = ["a", "b", "crash", "c"]
    got = list(run_isolated(helpers_crash.logged, [(str(log), n, 0) for n in names], jobs=1, timeout=20))
    assert sorted(o.index for o in got) == [0, 1, 2, 3]  # one outcome per input, none twice
    by = {o.index: o for o in got}
    assert [by[i].result for i in (0, 1, 3)] == ["a", "b", "c"]
    assert not by[2].ok and by[2].failure == CRASHED
    # a and b were done and held (quick, more inputs queued) when the process ended: worked on again
    assert _calls(log) == {"a": 2, "b": 2, "crash": 1, "c": 1}


def test_a_slow_inputs_answer_is_sent_at_once(tmp_path):
    log = tmp_path / "calls.txt"
    slow = isolation.BATCH_SECONDS + 0.2
    got = {o.index: o for o in run_isolated(helpers_crash.logged, [(str(log), "slow", slow), (str(log), "crash", 0)],
                                            jobs=1, timeout=20)}
    assert got[0].result == "slow" and got[1].failure == CRASHED
    assert _calls(log) == {"slow": 1, "crash": 1}  # not redone: it had been sent before the crash


def test_answers_arrive_several_to_a_message(monkeypatch):
    messages = []
    real = isolation._receive

    def counting(slot, *, drain):
        outs = real(slot, drain=drain)
        if outs:
            messages.append(len(outs))
        return outs

    monkeypatch.setattr(isolation, "_receive", counting)
    got = list(run_isolated(helpers_crash.misbehave, [f"x{i}" for i in range(40)], jobs=1, timeout=20))
    assert sorted(o.result for o in got) == sorted(f"X{i}" for i in range(40))
    assert sum(messages) == 40
    assert len(messages) <= 40 // isolation.BATCH + 3  # not one message per answer
    assert max(messages) == isolation.BATCH


def test_a_few_inputs_are_shared_between_the_workers():
    pids = Counter(o.result for o in run_isolated(helpers_crash.whoami, list(range(6)), jobs=2, timeout=20))
    assert sum(pids.values()) == 6 and len(pids) == 2  # not all six queued on the first worker


def test_a_one_input_worker_goes_without_the_shared_number():
    """The shared number costs importing ctypes in both processes: a one-file read (grid, contracts, the API's
    one-file calls) is spared it; a worker given several inputs has it."""
    one = [o.result for o in run_isolated(helpers_crash.loaded, [("ctypes",)], jobs=1, timeout=20)]
    assert one == [[]]
    two = [o.result for o in run_isolated(helpers_crash.loaded, [("ctypes",), ("ctypes",)], jobs=1, timeout=20)]
    assert all("ctypes" in r for r in two)


def test_an_answer_that_does_not_pickle_fails_alone_in_its_batch():
    got = {o.index: o for o in run_isolated(helpers_crash.unpicklable, ["a", "lambda", "b"], jobs=1, timeout=20)}
    assert sorted(got) == [0, 1, 2]
    assert got[0].result == "A" and got[2].result == "B"  # sent in the same batch, one by one after the failure
    assert not got[1].ok and "pickle" in got[1].failure.lower()
