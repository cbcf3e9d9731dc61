Feature: Verdicts and their evidence
  Every rated claim stands on evidence; the one false number is marked so.

  Scenario: Six Chinese volunteers is refuted: one of the six was Chinese
    Given the claim quoting "Six Chinese volunteers"
    Then the claim counts 6 volunteers
    And the claim is rated "refuted"
    And every claim cites at least 2 sources

  Scenario: Every refuted claim cites its evidence
    Given all claims
    Then every refuted claim cites at least 1 source
    And every supported claim cites at least 1 source

  Scenario: Opinions are kept but not rated
    Given the claims of type "opinion"
    Then there is exactly 1 claim

  Scenario: The records hold together
    Given the claims of source "tiangong-1"
    Then every claim is anchored in its source
    And the claim ids are unique
    And there are at least 15 claims
