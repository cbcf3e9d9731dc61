Feature: Counts and origins in the Tiangong-1 briefing
  What the article counts, and where it says things come from.

  Scenario Outline: Each count is the number the article states
    Given the claim "<claim>"
    Then the claim counts <amount> <unit>
    And the claim is attributed to "Wu Ping"

    Examples:
      | claim                        | amount | unit       |
      | tg1-300-iaf-flags            | 300    | flags      |
      | tg1-shenzhou7-two-astronauts | 2      | astronauts |
      | tg1-mars500-six-volunteers   | 6      | volunteers |

  Scenario: The EVA suits come from China and Russia
    Given the claim quoting "EVA space suits made in"
    Then the claim names origins CN and RU
    And the claim is rated "supported"

  Scenario: Mars-500 is Russia's, and the experiments are with Germany
    Then the claims have these values:
      | claim                         | value.countries | value.relation |
      | tg1-mars500-russia            | RU              | operated_by    |
      | tg1-experiments-china-germany | CN, DE          | nationality    |
      | tg1-partners-russia-germany   | RU, DE          | partner        |
