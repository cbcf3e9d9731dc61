#!/usr/bin/env bash
# Builds this example from the bare article through the command line alone.
# Usage: bash rebuild.sh [FOLDER]  (a new folder; tests/test_rebuild.py runs the same commands)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
target=${1:-tiangong-1-rebuilt}
export ANNOTATE_USER=annotate-team
annotate init "$target" --name "Tiangong-1 briefing (Xinhua, 2011-09-28)"
cd "$target"
annotate source add "$here/sources/tiangong-1.txt" --id tiangong-1 --published 2011-09-28 \
    --title "China to bolster space exchanges and cooperation, spokeswoman says" \
    --publisher Xinhua --timezone Asia/Shanghai

# Claims: the tool finds each quote, proposes type, value and speaker; flags say the rest.
annotate add tiangong-1 'said Wednesday' --id tg1-briefing-wednesday --type event --speaker 'Wu Ping' --role 'spokeswoman for China'"'"'s manned space program' --mode reported --statement 'A spokeswoman for China'"'"'s manned space programme spoke on Wednesday 28 September 2011.' --summary 'Spokeswoman spoke on 28 September 2011' --status reviewed
annotate add tiangong-1 'We believe that international exchanges and cooperation in the field of aerospace engineering should be intensified on the basis of mutual benefit, peaceful use and common development' --id tg1-cooperation-quote --statement 'Wu Ping, spokeswoman for China'"'"'s manned space programme, said international aerospace cooperation should be intensified.' --summary 'Wu Ping: aerospace cooperation should be intensified' --status reviewed
annotate add tiangong-1 'countries such as Russia and Germany' --id tg1-partners-russia-germany --statement 'China'"'"'s manned space programme has cooperated with Russia and Germany.' --summary 'China'"'"'s space programme cooperated with Russia and Germany' --status reviewed
annotate add tiangong-1 'started its manned space program in 1992' --id tg1-programme-start-1992 --statement 'China started its manned space programme in 1992.' --summary 'China'"'"'s manned space programme began in 1992' --status reviewed
annotate add tiangong-1 'northwest China'"'"'s Jiuquan Satellite Launch Center' --id tg1-briefing-jiuquan --statement 'The briefing was held at the Jiuquan Satellite Launch Center in northwest China.' --summary 'Briefing held at Jiuquan, China' --status reviewed
annotate add tiangong-1 'late Thursday' --id tg1-launch-late-thursday --statement 'Tiangong-1 was scheduled to launch late on Thursday 29 September 2011.' --summary 'Tiangong-1 to launch late on 29 September 2011' --status reviewed
annotate add tiangong-1 'to perform the nation'"'"'s first space-docking procedure' --id tg1-first-docking --statement 'Tiangong-1 was to perform China'"'"'s first space docking.' --summary 'Tiangong-1 to perform China'"'"'s first space docking' --status reviewed
annotate add tiangong-1 'build a space station around 2020' --id tg1-station-around-2020 --statement 'China planned to build a space station around 2020.' --summary 'China planned a space station around 2020' --status reviewed
annotate add tiangong-1 '300 IAF flags' --id tg1-300-iaf-flags --statement 'Tiangong-1 would carry 300 flags of the International Astronautical Federation into space.' --summary 'Tiangong-1 to carry 300 IAF flags' --status reviewed
annotate add tiangong-1 'scientists from China and Germany' --id tg1-experiments-china-germany --statement 'Scientists from China and Germany would jointly run life-science experiments on Shenzhou-8.' --summary 'Chinese and German scientists ran experiments on Shenzhou-8' --status reviewed
annotate add tiangong-1 'scheduled for launch in November' --id tg1-shenzhou8-launch-november --statement 'Shenzhou-8 was scheduled to launch in November 2011.' --summary 'Shenzhou-8 to launch in November 2011' --status reviewed
annotate add tiangong-1 'two Chinese astronauts' --id tg1-shenzhou7-two-astronauts --statement 'Two Chinese astronauts carried out extravehicular activity from Shenzhou-7.' --summary 'Two astronauts did EVA from Shenzhou-7' --status reviewed
annotate add tiangong-1 'EVA space suits made in China and Russia' --id tg1-eva-suits-china-russia --statement 'The Shenzhou-7 EVA suits were made in China and in Russia.' --summary 'Shenzhou-7 EVA suits made in China and Russia' --status reviewed
annotate add tiangong-1 'Six Chinese volunteers' --id tg1-mars500-six-volunteers --statement 'Six Chinese volunteers took part in Russia'"'"'s Mars-500 programme.' --summary 'Six Chinese volunteers took part in Mars-500' --status reviewed
annotate add tiangong-1 'Russia'"'"'s Mars-500 program' --id tg1-mars500-russia --statement 'Mars-500 is a Russian programme.' --summary 'Mars-500 is Russia'"'"'s programme' --status reviewed
annotate add tiangong-1 'We will further seek exchanges and cooperation with other countries to jointly promote the development of manned space flight technologies' --id tg1-seek-cooperation-quote --statement 'Wu Ping said China would further seek space cooperation with other countries.' --summary 'Wu Ping: China will seek more space cooperation' --status reviewed
annotate add tiangong-1 'China will start building space labs and space stations after mastering the technologies of space docking' --id tg1-stations-after-docking --type plan --statement 'China would build space labs and stations once it had mastered docking.' --summary 'China to build labs and stations after mastering docking' --status reviewed
annotate add tiangong-1 'China remains in the initial stage of making breakthroughs in manned space flight technologies compared with the United States and Russia' --id tg1-initial-stage-opinion --type opinion --statement 'Wu Ping judged China'"'"'s manned spaceflight to be at an initial stage compared with the US and Russia.' --status annotated
annotate add tiangong-1 'the planned space station will cater to demands for scientific and technological experiments that must be conducted in low-Earth orbit' --id tg1-station-low-earth-orbit --type plan --statement 'The planned station would serve experiments that need low-Earth orbit.' --status annotated

# Corrections the proposals cannot know: zones, relations, notes.
annotate set tg1-briefing-wednesday notes 'The publication date is itself a Wednesday, so '"'"'Wednesday'"'"' is the DCT.'
annotate set tg1-launch-late-thursday relations '[{"type": "before", "target": "tg1-shenzhou8-launch-november"}]'
annotate set tg1-initial-stage-opinion notes 'An assessment, not a checkable fact: kept to show it was seen, not rated.'

# Verdicts, one evidence item a call.
annotate verdict tg1-partners-russia-germany --label supported --justification 'Shenzhou-7 used a Russian Orlan-M suit and Shenzhou-8 carried a joint Chinese-German life-science experiment.' --evidence https://en.wikipedia.org/wiki/Shenzhou_7 --title 'Shenzhou 7' --accessed 2026-11-25
annotate verdict tg1-partners-russia-germany --label supported --evidence https://en.wikipedia.org/wiki/Shenzhou_8 --title 'Shenzhou 8' --accessed 2026-11-25
annotate verdict tg1-programme-start-1992 --label supported --justification 'The programme (Project 921) was approved by the Chinese government in September 1992.' --evidence https://en.wikipedia.org/wiki/China_Manned_Space_Program --title 'China Manned Space Program' --accessed 2026-11-25
annotate verdict tg1-briefing-jiuquan --label supported --justification 'Jiuquan is China'"'"'s launch centre in the northwest, from which Tiangong-1 launched the next day.' --evidence http://archive.larouchepac.com/node/19640 --title 'Tiangong-1 launch, update line' --accessed 2026-11-25
annotate verdict tg1-launch-late-thursday --label supported --justification 'Tiangong-1 launched at 21:16 Beijing time on Thursday 29 September 2011: late Thursday, as scheduled.' --evidence http://archive.larouchepac.com/node/19640 --title 'Tiangong-1 launch, update line' --accessed 2026-11-25
annotate verdict tg1-first-docking --label supported --justification 'Shenzhou-8 docked with Tiangong-1 on 3 November 2011, China'"'"'s first docking.' --evidence https://en.wikipedia.org/wiki/Shenzhou_8 --title 'Shenzhou 8' --accessed 2026-11-25
annotate verdict tg1-station-around-2020 --label supported --justification 'A station around 2020 was China'"'"'s stated plan in 2011; its core module Tianhe launched on 29 April 2021.' --evidence https://en.wikipedia.org/wiki/Tiangong_space_station --title 'Tiangong space station' --accessed 2026-11-25
annotate verdict tg1-300-iaf-flags --label supported --justification 'China'"'"'s manned space agency reports that Tiangong-1 carried 300 IAF flags.' --evidence http://en.cmse.gov.cn/cooperationexchange/201209/t20120924_44760.html --title 'CMSE: cooperation and exchange' --accessed 2026-11-25
annotate verdict tg1-300-iaf-flags --label supported --evidence https://nasawatch.com/archives/2012/09/china-us-in-spa.html --accessed 2026-11-25
annotate verdict tg1-experiments-china-germany --label supported --justification 'Shenzhou-8 carried the Chinese-German SIMBOX life-science experiments.' --evidence https://en.wikipedia.org/wiki/Shenzhou_8 --title 'Shenzhou 8' --accessed 2026-11-25
annotate verdict tg1-shenzhou8-launch-november --label supported --justification 'Shenzhou-8 launched on 1 November 2011 at 05:58 Beijing time. In UTC that is 31 October, so the month holds only in Beijing time.' --evidence https://en.wikipedia.org/wiki/Shenzhou_8 --title 'Shenzhou 8' --accessed 2026-11-25
annotate verdict tg1-shenzhou7-two-astronauts --label supported --justification 'Zhai Zhigang made China'"'"'s first spacewalk; Liu Boming made a stand-up EVA at the hatch to hand him a flag.' --evidence https://en.wikipedia.org/wiki/Shenzhou_7 --title 'Shenzhou 7' --accessed 2026-11-25
annotate verdict tg1-eva-suits-china-russia --label supported --justification 'Zhai Zhigang wore the Chinese-made Feitian suit, Liu Boming a Russian Orlan-M.' --evidence https://en.wikipedia.org/wiki/Shenzhou_7 --title 'Shenzhou 7' --accessed 2026-11-25
annotate verdict tg1-mars500-six-volunteers --label refuted --justification 'Mars-500'"'"'s 520-day crew was six men, of whom one, Wang Yue, was Chinese; the article counts the whole crew as Chinese.' --evidence http://en.people.cn/202936/7667866.html --title 'People'"'"'s Daily' --quote 'the only Chinese volunteer in the Mars-500 experiment program' --accessed 2026-11-25
annotate verdict tg1-mars500-six-volunteers --label refuted --evidence https://www.space.com/8446 --title 'Space.com: Mars-500 crew' --accessed 2026-11-25
annotate verdict tg1-mars500-russia --label supported --justification 'Mars-500 was run in Moscow by Russia'"'"'s Institute of Biomedical Problems.' --evidence https://www.space.com/8446 --title 'Space.com: Mars-500 crew' --accessed 2026-11-25

annotate validate .
