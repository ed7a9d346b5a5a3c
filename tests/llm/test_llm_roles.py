"""Role selection with fallback, on real store records and as properties."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from actors.llm.errors import InvalidRequest, ModelNotFound
from actors.llm.roles import ROLES, Installed, candidates, select
from actors.llm.store import ModelStore

from llm_names import GEMMA, SMOLLM

ROLE_MAP = json.loads((Path(__file__).resolve().parents[2] / "configs" / "llm.json").read_text())["llm_roles"]


def installed(store: ModelStore) -> list[Installed]:
    return [Installed(r.name, r.size, r.roles) for r in store.list()]


def test_only_smollm_serves_every_role(store_with_smollm):
    have = installed(store_with_smollm)
    for role in ROLES:
        assert select(have, ROLE_MAP, role=role).model == SMOLLM
    assert select(have, ROLE_MAP).role == "primary"


def test_two_models_serve_two_roles(models_dir, smollm_record, gemma_record):
    store = ModelStore(models_dir)
    store.add(smollm_record.path, name=SMOLLM, roles=smollm_record.roles)
    store.add(gemma_record.path, name=GEMMA, roles=gemma_record.roles)
    have = installed(store)
    assert select(have, ROLE_MAP, role="primary").model == GEMMA
    assert select(have, ROLE_MAP, role="light").model == SMOLLM
    assert select(have, ROLE_MAP, role="code").model == GEMMA          # configured order
    assert select(have, ROLE_MAP, role="light", model=GEMMA).model == GEMMA
    assert select(have, ROLE_MAP, role="light", model=GEMMA).reason == "explicit"


def test_user_tag_beats_configuration(store_with_smollm, gemma_record):
    store_with_smollm.add(gemma_record.path, name="my-coder", roles=["code"])
    assert select(installed(store_with_smollm), ROLE_MAP, role="code").model == "my-coder"


def test_unknown_model_lists_installed(store_with_smollm):
    with pytest.raises(ModelNotFound) as e:
        select(installed(store_with_smollm), ROLE_MAP, model="llama2-7b-q4")
    assert SMOLLM in str(e.value) and e.value.code.value == "not_found"


def test_unknown_role_and_nothing_installed():
    with pytest.raises(InvalidRequest) as e:
        select([Installed("a", 1)], ROLE_MAP, role="poetry")
    assert all(r in str(e.value) for r in ROLES)
    with pytest.raises(ModelNotFound) as e:
        select([], ROLE_MAP, role="code")
    assert "pull" in str(e.value)


names = st.text("abcdefgh-", min_size=1, max_size=6)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(names, st.integers(1, 10**9), st.lists(st.sampled_from(ROLES), max_size=2)),
                min_size=1, max_size=6, unique_by=lambda t: t[0]),
       st.sampled_from(ROLES),
       st.dictionaries(st.sampled_from(ROLES), st.lists(names, max_size=4)))
def test_selection_properties(models, role, role_map):
    have = [Installed(n, s, tuple(r)) for n, s, r in models]
    got = select(have, role_map, role=role)
    order = candidates(role, have, role_map)
    assert got == order[0] and got.model in {m.name for m in have}
    assert sorted(s.model for s in order) == sorted(m.name for m in have)   # everyone, once
    tagged = [m.name for m in have if role in m.roles]
    if tagged:
        assert got.model == tagged[0] and got.reason == "tagged"
    for m in have:
        assert select(have, role_map, role=role, model=m.name).model == m.name
