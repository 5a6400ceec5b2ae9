"""The house rules of docs/architecture.md, read off the code: which room may import which,
and no import circle between our modules (imports inside functions count too)."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ROOMS = ("danish_text", "bot", "directory", "actions", "api", "evaluation", "scripts", "tests")
MAY_IMPORT = {
    "danish_text": {"danish_text"},
    "bot": {"bot", "danish_text"},
    "directory": {"directory", "danish_text"},
    "actions": {"actions", "directory", "danish_text"},
    "api": {"api", "directory", "danish_text"},
    "evaluation": set(ROOMS) - {"tests"},
    "scripts": set(ROOMS) - {"tests"},
    "tests": set(ROOMS),
}


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Our modules that a file imports, anywhere in it."""
    found: set[str] = set()
    package = _module(path) if path.name == "__init__.py" else _module(path).rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            found.update(f"{base}.{alias.name}" if _is_module(f"{base}.{alias.name}") else base
                         for alias in node.names)
    return {name for name in found if name.split(".")[0] in ROOMS}


def _is_module(name: str) -> bool:
    path = ROOT.joinpath(*name.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def _graph() -> dict[str, set[str]]:
    files = [p for room in ROOMS for p in (ROOT / room).rglob("*.py")
             if "node_modules" not in p.parts and "migrations" not in p.parts]
    modules = {_module(p): p for p in files}
    return {name: {m for m in _imports(path) if m in modules and m != name} for name, path in modules.items()}


def wrong_imports(graph: dict[str, set[str]]) -> list[tuple[str, str]]:
    return [(name, dep) for name, deps in graph.items() for dep in sorted(deps)
            if dep.split(".")[0] not in MAY_IMPORT[name.split(".")[0]]]


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every back edge of a depth-first walk, as the circle it closes."""
    state: dict[str, int] = {}
    found: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for dep in sorted(graph.get(node, ())):
            if state.get(dep) == 1:
                found.append(path[path.index(dep):] + [dep])
            elif dep not in state:
                visit(dep, path + [dep])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    return found


def test_each_room_imports_only_what_it_may():
    assert not wrong_imports(_graph())


def test_there_is_no_import_circle():
    assert not circles(_graph())


def test_the_checks_see_a_circle_and_a_wrong_import(tmp_path, monkeypatch):
    """The checks can fail: a planted circle and a planted wrong import are found."""
    import tests.test_architecture as here

    room = tmp_path / "danish_text"
    room.mkdir()
    (room / "a.py").write_text("from danish_text import b\nimport directory.router\n")
    (room / "b.py").write_text("def f():\n    from danish_text.a import x\n")
    (tmp_path / "directory").mkdir()
    (tmp_path / "directory" / "router.py").write_text("")
    monkeypatch.setattr(here, "ROOT", tmp_path)
    graph = _graph()
    assert wrong_imports(graph) == [("danish_text.a", "directory.router")]
    assert circles(graph) == [["danish_text.a", "danish_text.b", "danish_text.a"]]
