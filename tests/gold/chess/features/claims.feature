Feature: The claims of this repository hold together
  Write what the project expects of its claims here, in plain language.
  `annotate steps` lists every step; `annotate check` runs this file.

  Scenario: Every claim is anchored, and ids are unique
    Given all claims
    Then every claim is anchored in its source
    And the claim ids are unique

  Scenario: Every rated claim cites its evidence
    Given all claims
    Then every refuted claim cites at least 1 source
    And every supported claim cites at least 1 source
