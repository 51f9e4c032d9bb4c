"""The shape of the package, read from its source with `ast`: no import cycle between its
modules, and no module reaching into another's private (`_name`) parts.

Imports inside functions count (a lazy import still ties two modules together); imports
under `if TYPE_CHECKING:` do not (they never run). As in most import-graph tools, importing
`a.b.c` is an edge to `a.b.c`, not to the package `a.b` that Python also initialises.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = "diklat_cli"
ROOT = Path(__file__).resolve().parent.parent / PACKAGE

# extract/ is the extraction issue's to reshape; what it does today is listed here so that
# nothing new is added, and each entry goes when extract/ is tidied.
EXTRACT_PRIVATE_USES = frozenset(
    (
        "diklat_cli.extract.dates uses diklat_cli.extract.numbers._data",
        "diklat_cli.extract.dates uses diklat_cli.extract.numbers._number_words_re",
    )
)
EXTRACT_LONG_MODULES = frozenset(("diklat_cli.extract.people",))


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(ROOT.rglob("*.py"))}


def _is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _type_checking_only(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _walk(tree: ast.AST):
    """Every node except those under `if TYPE_CHECKING:`."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if _type_checking_only(child):
                stack.extend(child.orelse)
            else:
                stack.append(child)


def _resolve(module: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    if MODULES[module].name != "__init__.py":
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def _imports(module: str) -> tuple[set[str], list[str]]:
    """(the package's modules that `module` imports, its uses of others' private names)."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    edges: set[str] = set()
    private: list[str] = []
    aliases: dict[str, str] = {}  # local name -> package module it is bound to
    for node in _walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in MODULES:
                    edges.add(alias.name)
                    if alias.asname:
                        aliases[alias.asname] = alias.name
        elif isinstance(node, ast.ImportFrom):
            source = _resolve(module, node)
            if source.split(".")[0] != PACKAGE:
                continue
            for alias in node.names:
                target = f"{source}.{alias.name}"
                if target in MODULES:
                    edges.add(target)
                    aliases[alias.asname or alias.name] = target
                else:
                    edges.add(source)
                    if _is_private(alias.name) and source != module:
                        private.append(f"{module} imports {source}.{alias.name}")
    for node in _walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in aliases
            and _is_private(node.attr)
            and aliases[node.value.id] != module
        ):
            private.append(f"{module} uses {aliases[node.value.id]}.{node.attr}")
    edges.discard(module)
    return {e for e in edges if e in MODULES}, private


GRAPH = {m: _imports(m) for m in MODULES}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_graph_is_read() -> None:
    # a sanity check of the parser: these edges exist
    assert "diklat_cli.store.fileformat" in GRAPH["diklat_cli.index.build"][0]
    assert "diklat_cli.errors" in GRAPH["diklat_cli.cli"][0]


def test_no_import_cycle() -> None:
    assert _cycles({m: edges for m, (edges, _) in GRAPH.items()}) == []


def test_the_cycle_finder_finds_cycles() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_private_name_is_used_across_modules() -> None:
    uses = {line for _, private in GRAPH.values() for line in private}
    assert uses - EXTRACT_PRIVATE_USES == set()


def test_the_private_name_finder_finds_them() -> None:
    assert any("numbers._data" in line for line in GRAPH["diklat_cli.extract.dates"][1])


def test_the_index_never_imports_the_store_class() -> None:
    """The index is a cache built from the store file's lines; the store tells it of writes
    through store.sink.IndexSink."""
    for module, (edges, _) in GRAPH.items():
        if module.startswith(f"{PACKAGE}.index"):
            assert not edges & {f"{PACKAGE}.store.store", f"{PACKAGE}.store.document", f"{PACKAGE}.store"}, module


@pytest.mark.parametrize("module", sorted(MODULES))
def test_modules_stay_readable(module: str) -> None:
    """Over ~600 lines only when the module is one concern, which its docstring names."""
    text = MODULES[module].read_text(encoding="utf-8")
    if text.count("\n") > 650 and module not in EXTRACT_LONG_MODULES:
        doc = ast.get_docstring(ast.parse(text)) or ""
        assert "One concern:" in doc, f"{module} has {text.count(chr(10))} lines"
