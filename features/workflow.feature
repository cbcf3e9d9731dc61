Feature: Annotating an article at the command line
  An annotator registers an article, quotes the words of a claim, and lets the
  tool find the span, propose the type, value and speaker, and write a record
  that is valid by construction. Nothing they do may corrupt a file.

  Background:
    Given a new claims project with the Tiangong-1 article

  Scenario: Quoting the words is enough to record a claim
    When I run "annotate add tiangong-1 'Six Chinese volunteers'"
    Then the exit code is 0
    And the output says "start: 1445"
    And the output says "amount: 6"
    And the output says "speaker: Wu Ping"
    And the claim file holds 1 claim

  Scenario: A relative date is resolved against the publication date
    When I run "annotate add tiangong-1 'late Thursday' --format json"
    Then the exit code is 0
    And the output says ""timex3": "2011-09-29""
    And the output says ""mod": "END""

  Scenario: A quote found several times needs its occurrence
    When I run "annotate add tiangong-1 'Wu said'"
    Then the exit code is 2
    And the error output says "occurs 7 times"
    And the claim file holds 0 claims

  Scenario: A value the words do not say is refused, and nothing is written
    When I run "annotate add tiangong-1 'Six Chinese volunteers' --value '7 volunteers'"
    Then the exit code is 1
    And the error output says "V001"
    And the claim file holds 0 claims

  Scenario: Rating a claim with its evidence
    When I run "annotate add tiangong-1 'Six Chinese volunteers' --id mars"
    And I run "annotate verdict mars --label refuted --justification 'One was Chinese.' --evidence http://en.people.cn/202936/7667866.html"
    And I run "annotate list --verdict refuted"
    Then the exit code is 0
    And the output says "mars"
    And the output says "refuted"
