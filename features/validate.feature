Feature: Validating claim files
  Annotators and CI run `annotate validate` on a claims repository. It exits 0
  when every record agrees with its source, its schema and the other records,
  and otherwise names the file, line and column of each problem.

  Scenario: The bundled example is clean
    Given a copy of the Tiangong-1 example
    When I run "annotate validate ."
    Then the exit code is 0
    And the output says "19 records, no findings"

  Scenario: A changed count no longer matches the quoted words
    Given a copy of the Tiangong-1 example
    And the claim "tg1-mars500-six-volunteers" has "amount: 6" changed to "amount: 7"
    When I run "annotate validate ."
    Then the exit code is 1
    And the output reports V001 for claim "tg1-mars500-six-volunteers" at the changed line

  Scenario: A span shifted by one code point is caught with its true position
    Given a copy of the Tiangong-1 example
    And the claim "tg1-launch-late-thursday" has "start: 898" changed to "start: 899"
    When I run "annotate validate ."
    Then the exit code is 1
    And the output reports A001 for claim "tg1-launch-late-thursday" at the changed line
    And the output says "the quote occurs at [898, 911)"

  Scenario Outline: Reports for people and for machines
    Given a copy of the Tiangong-1 example
    And the claim "tg1-300-iaf-flags" has "amount: 300" changed to "amount: 30"
    When I run "annotate validate . --format <format>"
    Then the exit code is 1
    And the output says "<evidence>"

    Examples:
      | format | evidence                                   |
      | text   | V001 amount 30 is not stated               |
      | json   | "code": "V001"                             |
      | github | ::error file=claims/tiangong-1.claims.yaml |
      | junit  | <failure message="V001                     |

  Scenario: A path that does not exist is a usage error
    Given a copy of the Tiangong-1 example
    When I run "annotate validate no-such-folder"
    Then the exit code is 2
    And the error output says "no such file or folder"
