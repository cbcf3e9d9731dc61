Feature: Checking a claims project against its feature files
  `annotate check` runs validation and the project's own expectations, written
  as Gherkin scenarios, in one run with one report.

  Scenario: The example's expectations all hold
    Given a copy of the Tiangong-1 example
    When I run "annotate check ."
    Then the exit code is 0
    And the output says "13 scenarios, no findings"

  Scenario: A changed count breaks the scenarios that expect it
    Given a copy of the Tiangong-1 example
    And the claim "tg1-mars500-six-volunteers" has "amount: 6" changed to "amount: 7"
    When I run "annotate check ."
    Then the exit code is 1
    And the output says "features/counts-and-origins.feature:6:5: B001 step 'Then the claim counts 6 volunteers': counts 7 volunteers, expected 6 volunteers [tg1-mars500-six-volunteers]"
    And the output says "features/verdicts.feature:6:5: B001"
    And the output reports V001 for claim "tg1-mars500-six-volunteers" at the changed line

  Scenario: A misspelt step is an error that names the closest steps
    Given a copy of the Tiangong-1 example
    And a feature file "features/typo.feature" with the step "Then the claim count 300 flags"
    When I run "annotate check ."
    Then the exit code is 1
    And the output says "features/typo.feature:4:5: B002 step 'Then the claim count 300 flags': undefined step; closest known steps: Then the claim counts <amount> <unit>"

  Scenario: Gherkin that cannot be read is reported at its file
    Given a copy of the Tiangong-1 example
    And a feature file "features/broken.feature" with the text "Feature: broken\n  Scenari: misspelt\n"
    When I run "annotate check ."
    Then the exit code is 1
    And the output says "features/broken.feature:1:1: B003 the feature file has no scenarios"
