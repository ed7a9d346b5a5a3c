"""The labelled quality set (actors/context/quality.py) must meet the issue's bars."""
from benchmarks.context_quality import FACTS, PLANTED_ACTIONS, evaluate


def test_labelled_set_meets_the_quality_targets():
    r = evaluate(seed=0)
    assert r["retrieval"]["questions"] == len(FACTS) == 60
    assert r["retrieval"]["hit_at_5"] >= 0.95, r["retrieval"]["misses"]
    p = r["patterns"]
    assert p["planted"] == len(PLANTED_ACTIONS)
    assert p["precision"] >= 0.9, p["false_positives"]
    assert p["recall"] >= 0.8, p["missed"]
