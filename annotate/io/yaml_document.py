"""Reading YAML claim files safely, keeping where every value stands.

The C-backed libyaml composer builds the node tree; this module turns it into
plain data itself so that it can refuse what a claim file never needs and an
attacker would use: duplicate keys, alias expansion past a bound, nesting past
a bound, tags that construct objects. The node tree is kept to answer "where is
``/claims/3/selector/start``?" only when a finding needs it.
"""

from __future__ import annotations

from typing import Any

import yaml

from annotate.io.problems import ReadProblem
from annotate.io.text_decoding import decode_utf8

try:
    _Loader: type[Any] = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader

MAX_DEPTH = 64
"""Deepest nesting accepted; a claim file needs fewer than ten levels."""

MAX_NODES = 2_000_000
"""Most values one document may expand to, aliases counted each time they are used."""

_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_SCALAR_KEEP_TEXT = {"tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:binary"}
_constructor = yaml.constructor.SafeConstructor()


class YamlDocument:
    """A parsed YAML document: its data and the positions of its values.

    The node tree is several times the size of the data, so it is not kept: the
    first question about a position composes the text again.
    """

    def __init__(self, data: Any, text: str) -> None:
        self.data = data
        self._text = text
        self._root: yaml.Node | None = None

    def _tree(self) -> yaml.Node | None:
        if self._root is None and self._text:
            self._root = yaml.compose(self._text, Loader=_Loader)
        return self._root

    def position(self, tokens: tuple[str | int, ...], *, key: bool = False) -> tuple[int, int]:
        """1-based line and column of the value at ``tokens`` (of its key with ``key``).

        Walks as far as the path exists and answers for the deepest node found.
        """
        node = self._tree()
        if node is None:
            return 1, 1
        mark = node.start_mark
        for depth, token in enumerate(tokens):
            child: yaml.Node | None = None
            if isinstance(node, yaml.MappingNode):
                last = depth == len(tokens) - 1
                for key_node, value_node in node.value:
                    if key_node.value == token:
                        child = key_node if key and last else value_node
            elif (isinstance(node, yaml.SequenceNode) and isinstance(token, int)
                  and 0 <= token < len(node.value)):
                child = node.value[token]
            if child is None:
                break
            node = child
            mark = node.start_mark
        return mark.line + 1, mark.column + 1


def load_yaml(data: bytes) -> YamlDocument:
    """Parse one YAML document from bytes, or raise :class:`ReadProblem`."""
    text = decode_utf8(data)
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        message = " ".join(p for p in (err.context, err.problem) if p)
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        if "nesting depth" in message:  # libyaml's own bound on nesting
            raise ReadProblem("F005", f"nesting deeper than the YAML parser allows: {message}",
                              line, column, "flatten the structure") from None
        raise ReadProblem("F002", f"malformed YAML: {message}", line, column,
                          "fix the YAML syntax at this position") from None
    except yaml.YAMLError as err:
        raise ReadProblem("F002", f"malformed YAML: {err}", hint="fix the YAML syntax") from None
    if root is None:
        return YamlDocument(None, "")
    return YamlDocument(_Builder().build(root), text)


class _Builder:
    """Turns a node tree into dicts, lists and scalars under the bounds above."""

    def __init__(self) -> None:
        self.nodes = 0

    def build(self, root: yaml.Node) -> Any:
        return self._build(root, 0)

    def _fail(self, code: str, message: str, node: yaml.Node, hint: str) -> ReadProblem:
        mark = node.start_mark
        return ReadProblem(code, message, mark.line + 1, mark.column + 1, hint)

    def _build(self, node: yaml.Node, depth: int) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise self._fail("F004", f"document expands to more than {MAX_NODES:,} values "
                             "(aliases repeated past the bound)", node,
                             "claim files need no anchors or aliases; write the values out")
        if depth > MAX_DEPTH:
            raise self._fail("F005", f"nesting deeper than {MAX_DEPTH} levels (or an alias "
                             "that contains itself)", node, "flatten the structure")
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node)
        if node.tag not in (_SEQ, _MAP):
            raise self._fail("F002", f"unsupported YAML tag {node.tag}", node,
                             "claim files hold plain mappings, lists and scalars")
        if isinstance(node, yaml.SequenceNode):
            return [self._build(item, depth + 1) for item in node.value]
        if isinstance(node, yaml.MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != _STR:
                    raise self._fail("F002", "mapping keys must be plain strings", key_node,
                                     "quote the key")
                key = key_node.value
                if key in result:
                    raise self._fail("F003", f"duplicate key {key!r}", key_node,
                                     "remove one of the two; YAML readers disagree on which wins")
                result[key] = self._build(value_node, depth + 1)
            return result
        raise self._fail("F002", "unsupported YAML node", node, "use plain YAML data")

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        if node.tag == _STR or node.tag in _SCALAR_KEEP_TEXT:
            # Dates stay the text written: the schema checks their format.
            return node.value
        try:
            return _constructor.construct_object(node, deep=True)
        except yaml.constructor.ConstructorError as err:
            raise self._fail("F002", f"unsupported YAML value: {err.problem}", node,
                             "use plain strings, numbers, booleans and null") from None
