"""The layout shows the architecture, and these checks keep it so: who may import whom, libraries
apart from services, nothing of the checkout's tooling in the installed package, no module that
grew past what one reader holds in mind, every vocabulary declared once."""
from __future__ import annotations

import ast
import typing
from pathlib import Path

import msgspec
import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("protocol", "bus", "actors", "configs")
ACTORS = ("privacy", "context", "llm", "router", "supervisor")
# the bus face of each actor: a module or a package named ``service``
SERVICE = "service"
MAX_LINES = 450
LONG_BY_DESIGN = {                       # data tables, not logic
    "actors/privacy/engine/detectors.py",
}


def _modules(package: str):
    for path in sorted((ROOT / package).rglob("*.py")):
        yield path, ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")


def _imports(path: Path, module: str) -> set[str]:
    tree = ast.parse(path.read_text())
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                if not path.name == "__init__.py":
                    base = base[:-1]
                base = base[:len(base) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
                found.add(name)
                found.update(f"{name}.{a.name}" for a in node.names)
            elif node.module:
                found.add(node.module)
                found.update(f"{node.module}.{a.name}" for a in node.names)
    return found


def _ours(names: set[str]) -> set[str]:
    return {n for n in names if n.split(".")[0] in PACKAGES + ("benchmarks", "tests")}


def test_protocol_depends_on_nothing_of_ours():
    for path, mod in _modules("protocol"):
        bad = {n for n in _ours(_imports(path, mod)) if not n.startswith("protocol")}
        assert not bad, f"{mod} imports {bad}"


def test_bus_depends_only_on_protocol():
    for path, mod in _modules("bus"):
        bad = {n for n in _ours(_imports(path, mod)) if n.split(".")[0] not in ("bus", "protocol")}
        assert not bad, f"{mod} imports {bad}"


def _is_service(mod: str, actor: str) -> bool:
    return mod.startswith(f"actors.{actor}.{SERVICE}")


def test_no_actor_imports_another_actors_service():
    for path, mod in _modules("actors"):
        for name in _ours(_imports(path, mod)):
            for actor in ACTORS:
                if _is_service(name, actor) and not mod.startswith(f"actors.{actor}."):
                    pytest.fail(f"{mod} imports {name}: actors talk over the bus, not through a service module")


@pytest.mark.parametrize("actor", ACTORS)
def test_libraries_are_apart_from_services(actor):
    """An actor's library modules run without a bus: they import neither the bus, nor ZeroMQ, nor
    the actor base, nor their own service."""
    assert (ROOT / "actors" / actor / f"{SERVICE}.py").exists() or (ROOT / "actors" / actor / SERVICE).is_dir()
    for path, mod in _modules(f"actors/{actor}"):
        if _is_service(mod, actor) or mod.endswith("__main__") or (actor == "supervisor" and mod.endswith("keeper")):
            continue
        names = _imports(path, mod)
        bad = {n for n in names if n.split(".")[0] in ("bus", "zmq") or n.startswith("actors.base")
               or _is_service(n, actor)}
        assert not bad, f"library module {mod} imports {bad}"


def test_the_installed_package_holds_no_benchmarks_corpora_or_harness():
    for package in PACKAGES:
        for path, mod in _modules(package):
            if mod == "actors.cli.bench":      # runs them from a checkout; says so without one
                continue
            names = _imports(path, mod)
            assert not {n for n in names if n.split(".")[0] in ("benchmarks", "tests", "meshutil")}, mod
    for gone in ("actors/bench", "actors/harness.py", "actors/privacy/corpus.py", "actors/context/quality.py"):
        assert not (ROOT / gone).exists(), gone


def test_no_module_over_the_size_one_reader_holds():
    long = []
    for package in PACKAGES:
        for path, _ in _modules(package):
            rel = path.relative_to(ROOT).as_posix()
            if rel not in LONG_BY_DESIGN and len(path.read_text().splitlines()) > MAX_LINES:
                long.append(rel)
    assert not long, f"split these (or say why in LONG_BY_DESIGN): {long}"


def test_features_struct_matches_the_feature_vocabulary():
    from protocol.kinds.tool import Features
    from protocol.vocab import Feature, values
    assert tuple(f.name for f in msgspec.structs.fields(Features)) == values(Feature)


def test_vocabularies_are_declared_once():
    """No tuple literal anywhere repeats a protocol vocabulary word for word: derive it."""
    from protocol import vocab
    words = {tuple(typing.get_args(v)) for v in vars(vocab).values()
             if typing.get_origin(v) is typing.Literal}
    repeats = []
    for package in ("actors", "bus"):
        for path, mod in _modules(package):
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, (ast.Tuple, ast.List)) and all(
                        isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
                    if len(node.elts) > 1 and tuple(e.value for e in node.elts) in words:
                        repeats.append(f"{mod}:{node.lineno}")
    assert not repeats, f"vocabularies repeated (use protocol.vocab.values): {repeats}"
