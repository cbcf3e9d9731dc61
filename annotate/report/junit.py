"""JUnit XML: a test suite per file with findings, a test case per finding."""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.etree import ElementTree as ET

from annotate.diagnostics import Severity

if TYPE_CHECKING:
    from annotate.diagnostics import Diagnostic
    from annotate.validate import ValidationResult


def render(result: ValidationResult) -> str:
    """The report as a JUnit ``testsuites`` document."""
    by_file: dict[str, list[Diagnostic]] = {}
    for finding in result.findings:
        by_file.setdefault(finding.file, []).append(finding)
    suites = ET.Element("testsuites", name="annotate validate",
                        tests=str(max(len(result.findings), 1)), failures=str(result.errors))
    for file, findings in sorted(by_file.items()):
        errors = [f for f in findings if f.severity is Severity.ERROR]
        suite = ET.SubElement(suites, "testsuite", name=file, tests=str(len(findings)),
                              failures=str(len(errors)))
        for f in findings:
            name = f"{f.code} {f.claim_id} line {f.line}" if f.claim_id else (
                f"{f.code} line {f.line}")
            case = ET.SubElement(suite, "testcase", classname=file, name=name, file=file,
                                 line=str(f.line))
            tag = "failure" if f.severity is Severity.ERROR else "skipped"
            element = ET.SubElement(case, tag, message=f"{f.code} {f.message}", type=f.code)
            element.text = f"{f.file}:{f.line}:{f.column} {f.pointer}\n{f.hint}"
    if not result.findings:
        suite = ET.SubElement(suites, "testsuite", name="annotate validate", tests="1",
                              failures="0")
        ET.SubElement(suite, "testcase", classname="annotate",
                      name=f"{result.files} files, {result.records} records")
    ET.indent(suites)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(suites, "unicode") + "\n"
