"""Every rule the validator applies, by code.

Codes are stable: a letter for the family and three digits. A project can
switch a rule off in ``annotate.yaml`` (``rules: {ignore: [V006]}``).
"""

from __future__ import annotations

import attrs

from annotate.diagnostics import Severity

FAMILIES = {
    "F": "file: the file can be read as data",
    "S": "schema: the data has the shape the schema describes",
    "A": "anchoring: the span says what the record claims it says",
    "V": "values: the normalised value is what the quoted words say",
    "R": "references: ids, sources and relations point at things that exist",
    "E": "verdicts: ratings are on the scale and backed by evidence",
    "T": "time: temporal relations hold on the normalised dates",
    "B": "behaviour: the project's feature files hold (annotate check)",
}


@attrs.frozen
class Rule:
    """One consistency rule."""

    code: str
    name: str
    summary: str
    hint: str
    explanation: str
    severity: Severity = Severity.ERROR

    @property
    def family(self) -> str:
        """The family the rule's code letter names."""
        return FAMILIES[self.code[0]].split(":")[0]


_W = Severity.WARNING
RULES: dict[str, Rule] = {rule.code: rule for rule in (
    Rule("F001", "encoding", "the file is not UTF-8 without a byte-order mark",
         "save the file as UTF-8 without a BOM",
         "Claim files, source metadata and configuration are UTF-8. A byte-order mark makes "
         "the first key a different string in many tools; invalid bytes are reported with "
         "their line and column."),
    Rule("F002", "syntax", "the file is not well-formed YAML or JSON",
         "fix the syntax at the position given",
         "The parser's own message, with the line and column where it gave up. Tags that "
         "construct objects (!!python/...) and keys that are not strings are refused too."),
    Rule("F003", "duplicate-key", "a mapping has the same key twice",
         "remove one of the two",
         "YAML and JSON readers disagree on which of two equal keys wins, so a record with "
         "one is ambiguous. Both YAML files and JSON Lines records are checked."),
    Rule("F004", "alias-bomb", "aliases expand the document past the bound",
         "write the values out instead of repeating aliases",
         "A YAML document whose aliases expand to more than two million values (the "
         "'billion laughs' attack) is refused before it exhausts memory."),
    Rule("F005", "nesting", "the document nests deeper than the bound",
         "flatten the structure",
         "Nesting past 64 levels (or past libyaml's and orjson's own limits, or an alias that "
         "contains itself) is refused; a claim record needs fewer than ten."),
    Rule("F006", "schema-version", "the file declares a schema_version this annotate does not know",
         "upgrade annotate, or migrate the file",
         "Every claim file, source metadata file and configuration carries schema_version. "
         "A version this release does not know is reported instead of being misread."),
    Rule("F007", "shape", "the document is not the kind of data expected here",
         "a claim file is a mapping with schema_version and claims; a JSON Lines line is an "
         "object", "The top level of the file or line has the wrong type: a list where a "
         "mapping is expected, an empty file, a JSON Lines line that is not an object."),
    Rule("S001", "schema", "a value does not match the schema",
         "see the message; the schemas are in schemas/",
         "The record, source metadata or configuration fails its JSON Schema (draft 2020-12). "
         "Formats are checked for real: dates, date-times, URIs. For a value with several "
         "possible kinds, the message names the deep cause in the kind that was meant."),
    Rule("A001", "exact-mismatch", "the text at the recorded offsets is not the quoted text",
         "fix start and end, or re-anchor the claim",
         "text[start:end] must equal selector.exact, offsets counted in Unicode code points over "
         "the exact stored text. The hint says where the quote does occur, and whether UTF-16 "
         "offsets (as Label Studio and browsers count) would explain the shift."),
    Rule("A002", "span-range", "the span is empty, reversed or outside the text",
         "start must be below end, and end at most the text's length in code points",
         "Offsets are half-open [start, end) and must lie within the source text."),
    Rule("A003", "prefix-mismatch", "the prefix does not match the text before the span",
         "set prefix to the text just before the span",
         "selector.prefix must end exactly where the span starts. Prefix and suffix are what "
         "re-anchoring uses to find the claim again after the source is corrected."),
    Rule("A004", "suffix-mismatch", "the suffix does not match the text after the span",
         "set suffix to the text just after the span",
         "selector.suffix must start exactly where the span ends."),
    Rule("A005", "source-changed", "the claim's source hash is not the source's",
         "the source text changed since the claim was anchored: re-anchor the claim",
         "Each claim pins the SHA-256 of the source text it was anchored in. A different hash "
         "means its offsets may no longer be right."),
    Rule("A006", "grapheme-split", "the span splits a grapheme cluster",
         "move the offset to the cluster boundary given in the message",
         "A span must not start or end inside an emoji sequence, a letter with a combining mark, "
         "or a CRLF line break."),
    Rule("A007", "source-hash", "a source's sha256 is not the hash of its text",
         "if the text was corrected on purpose, update sha256 and re-anchor the claims",
         "Source texts are stored byte-exact; the metadata's sha256 must be the hash of the "
         "text file's bytes."),
    Rule("V001", "quantity-words", "the quantity's amount is not a number the quote states",
         "make amount the number in the quoted words, or quote the words with the number",
         "A quantity's amount must be derivable from selector.exact: 'Six' is 6, '300' is 300, "
         "'a dozen' is 12, '1.5 million' is 1500000. A range's low and high are checked too."),
    Rule("V002", "weekday", "the date is not the weekday the quote names",
         "resolve the weekday against the publication date again",
         "A quote that names a weekday ('late Thursday') must resolve to a date on that weekday."),
    Rule("V003", "month-year", "the date is not in the month or year the quote names",
         "make the value's month and year the ones quoted",
         "A quote that names a month ('in November') or a year ('in 1992') must resolve to a "
         "value in that month or year."),
    Rule("V004", "country-code", "a country code is not an ISO 3166-1 alpha-2 code",
         "use the two-letter code: CN for China, RU for Russia, DE for Germany",
         "Origins are ISO 3166-1 alpha-2 codes that are officially assigned."),
    Rule("V005", "granularity", "the date's granularity does not fit its TIMEX3 value",
         "truncate the value to the granularity, or fix the granularity",
         "2011 is a year, 2011-11 a month, 2011-09-29 a day, 2011-09-29TNI a part of a day. "
         "A value that names no real date (2011-02-30) is reported here too."),
    Rule("V006", "dct",
         "the date was resolved against another date than the source's publication date",
         "resolve relative dates against the source's publication date",
         "value.dct records the document creation time a relative date was resolved against; "
         "it should be the source's publication date.", _W),
    Rule("V007", "type-value", "the value's kind does not fit the claim type",
         "a date claim has a date value, a quantity claim a quantity, and so on",
         "Claim types date, quantity, origin and quote need a value of that kind; other types "
         "may carry a date (a plan's target date) or no value."),
    Rule("V008", "speaker", "the quote's speaker is not the attributed speaker",
         "make value.speaker and attribution.speaker the same person",
         "A quote value and the attribution of the same claim must name the same speaker."),
    Rule("R001", "duplicate-id", "a claim id is used twice",
         "give each claim its own id", "Claim ids are unique across the whole repository."),
    Rule("R002", "source-missing", "the claim's source is not registered",
         "register it with `annotate source add`, or fix source.id",
         "Each claim's source.id must name a source whose metadata is in the sources folder "
         "(sources/<id>.yaml) and can be loaded."),
    Rule("R003", "relation-target", "a relation points at a claim that does not exist",
         "fix the target id", "relations[].target must be the id of a claim in the repository."),
    Rule("R004", "source-text", "a source's text file cannot be read",
         "add the text file or fix the `text` path",
         "The text named by the source metadata (<id>.txt beside it by default) must exist."),
    Rule("R005", "path-escape", "a path leads outside the project",
         "keep source texts inside the project folder",
         "A source metadata file may not point at a text outside the project (../../etc/passwd): "
         "such paths are refused, never read."),
    Rule("R006", "mixed-sources", "a claim file holds claims of more than one source",
         "keep one source per claim file",
         "A YAML claim file holds the claims of one source, so that reviews and merges stay "
         "per article."),
    Rule("R007", "claim-type", "the claim type is not one the project uses",
         "use a type listed in annotate.yaml's claim_types, or add it there",
         "A project may restrict the claim types in use."),
    Rule("R008", "source-file-name", "a source's id does not match its metadata file's name",
         "name the file <id>.yaml",
         "Sources are found by id, so the metadata of source x lives in sources/x.yaml."),
    Rule("E001", "evidence-missing", "the verdict's label requires evidence and there is none",
         "add an evidence item with a URL and an access date",
         "On the default scale supported, misleading and refuted need at least one evidence "
         "item; the project's scale says which labels do (requires_evidence)."),
    Rule("E002", "evidence-date", "evidence was accessed before the source was published",
         "check the access date",
         "Evidence for a claim is consulted on or after the source's publication date."),
    Rule("E003", "evidence-future", "evidence has an access date in the future",
         "check the access date", "An access date after today is a typo.", _W),
    Rule("E004", "label", "the verdict's label is not on the project's rating scale",
         "use a label of the scale in annotate.yaml (by default: supported, misleading, "
         "refuted, unverifiable)",
         "Verdict labels come from the project's configurable rating scale, which maps them to "
         "ClaimReview, AVeriTeC and FEVER."),
    Rule("E005", "opinion-verdict", "an opinion carries a verdict",
         "opinions are not checkable: drop the verdict or change the type",
         "Claims of type opinion are kept to show they were seen, not rated.", _W),
    Rule("B001", "scenario", "a feature-file scenario does not hold",
         "the message names the claim that broke it; fix the claim or the expectation",
         "A step of a scenario in the project's feature files failed: a claim does not have "
         "the value, date, origin, verdict or order the feature file expects."),
    Rule("B002", "undefined-step", "a feature file uses a step annotate does not know",
         "use one of the closest steps named, or see `annotate steps`",
         "Every step of a feature file must match a step of annotate's step library; the "
         "message lists the closest known steps."),
    Rule("B003", "feature-syntax", "a feature file cannot be read",
         "fix the Gherkin syntax at the line given",
         "The feature file is not valid Gherkin, or has no scenarios, or pytest could not run."),
    Rule("B004", "step-error", "a step failed with an unexpected error",
         "the message says what went wrong; report it if it is annotate's fault",
         "A step raised something other than a failed expectation."),
    Rule("T001", "relation-order", "a temporal relation does not hold on the normalised dates",
         "fix one of the two dates or the relation",
         "'A before B' holds when A's whole interval ends no later than B's starts (2011-09-29 "
         "is before 2011-11); 'same_time' when the intervals overlap. Both claims need dates."),
    Rule("T002", "scheduled-past", "a scheduled event lies before the source's publication date",
         "a scheduled event is in the future of its source: check the date",
         "An event the source calls scheduled, or a plan, cannot end before the source was "
         "published."),
)}
