Feature: Launch dates in the Tiangong-1 briefing
  The article, published on Wednesday 28 September 2011, dates two launches.
  Their normalised dates must stay what the words say, and in order.

  Scenario: Tiangong-1 launches late on the Thursday after the briefing
    Given the claim quoting "late Thursday"
    Then the claim is dated "2011-09-29" with mod "END"
    And the claim happens after the publication date
    And the claim happens before the claim "tg1-shenzhou8-launch-november"
    And the claim is rated "supported"

  Scenario: Shenzhou-8 is scheduled for November, after Tiangong-1
    Given the claim "tg1-shenzhou8-launch-november"
    Then the claim is dated "2011-11"
    And the claim happens after the claim "tg1-launch-late-thursday"
    And the claim is attributed to "Wu Ping"

  Scenario: The manned programme began in 1992
    Given the claim quoting "manned space program in 1992"
    Then the claim is dated "1992"
    And the claim happens before the publication date

  Scenario: The space station plan is approximate
    Given the claim "tg1-station-around-2020"
    Then the claim is dated "2020" with mod "APPROX"
    And the claim happens after the publication date
