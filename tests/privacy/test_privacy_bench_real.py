"""The over-redaction benchmark's sample (``benchmarks.privacy_real``): seeded, bounded, text files only."""
from __future__ import annotations

from benchmarks.privacy_real import MAX_FILE, sample


def test_the_sample_is_seeded_bounded_and_only_text(tmp_path):
    for i in range(40):
        (tmp_path / f"doc{i}.md").write_text("# notes\n" * (50 + i))
    (tmp_path / "image.png").write_bytes(b"\x89PNG" * 100)
    (tmp_path / "huge.txt").write_text("x" * (MAX_FILE + 1))
    (tmp_path / "empty.txt").write_text("")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "app.py").write_text("print('hi')\n")
    first = sample(5_000, roots=(str(tmp_path),))
    assert first == sample(5_000, roots=(str(tmp_path),))          # the same files on every run
    assert {p.suffix for p in first} <= {".md", ".py"}              # no image, no empty or oversized file
    assert sum(p.stat().st_size for p in first) - first[-1].stat().st_size < 5_000   # stops at the budget
    everything = sample(10 ** 9, roots=(str(tmp_path),))
    assert len(everything) == 41                                      # 40 notes and app.py
    assert sample(10 ** 9, roots=(str(tmp_path / "missing"),)) == []  # a root the machine lacks: nothing
