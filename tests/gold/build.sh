#!/usr/bin/env bash
# Builds the gold claim files for extraction: three short articles written for the
# tests (the events are invented), annotated by hand through the command line.
# Every type and value is given explicitly: this is the gold, not what annotate proposes.
# Usage: bash build.sh [FOLDER]  (default: this folder; writes FOLDER/<article>/)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here}
export ANNOTATE_USER=annotate-team

start() {  # start NAME PUBLISHED TITLE
  rm -rf "$out/$1"
  annotate init "$out/$1" --name "$1" >/dev/null
  annotate -C "$out/$1" source add "$here/$1.txt" --id "$1" --published "$2" --title "$3" >/dev/null
}
add() {  # add ARTICLE ID QUOTE TYPE [VALUE] [more options]
  local article=$1 id=$2 quote=$3 type=$4
  shift 4
  if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then
    annotate -C "$out/$article" add "$article" "$quote" --id "$id" --type "$type" \
      --value "$1" --status reviewed "${@:2}" >/dev/null
  else
    annotate -C "$out/$article" add "$article" "$quote" --id "$id" --type "$type" \
      --status reviewed "$@" >/dev/null
  fi
}

start harbour 2024-03-14 "Harbour footbridge finished early"
add harbour hb-finished-monday "on Monday" date "2024-03-11"
add harbour hb-two-weeks "two weeks" quantity "2 weeks"
add harbour hb-240-metres "240-metre" quantity "240 metres"
add harbour hb-dutch-danish "Dutch and Danish engineering firms" origin "NL,DK"
add harbour hb-steel-sweden "steel rolled in Sweden" origin "SE"
add harbour hb-1200-workers "About 1,200 workers" quantity "about 1,200 workers"
add harbour hb-began-june-2021 "began in June 2021" date "2021-06"
add harbour hb-15000-quote "We expect some 15,000 people to cross it every day" quote --speaker "Maria Lind"
add harbour hb-15000-people "some 15,000 people" quantity "some 15,000 people"
add harbour hb-opens-next-month "will open to the public next month" plan "2024-04"
add harbour hb-second-crossing-2027 "planned for 2027" plan "2027"
add harbour hb-cost-48m "48 million euros" quantity "48 million euros"
add harbour hb-estimate-comparison "compared with an initial estimate of 35 million euros" comparison
add harbour hb-estimate-35m "35 million euros" quantity "35 million euros"
add harbour hb-30-40-boats "Between 30 and 40 boats" quantity "between 30 and 40 boats"

start quake 2023-11-02 "Earthquake damages northern coast"
add quake qk-magnitude "magnitude 6.1" quantity "6.1 magnitude"
add quake qk-struck-tuesday "03:40 local time on Tuesday" date "2023-10-31T03:40"
add quake qk-dozen-villages "a dozen villages" quantity "a dozen villages"
add quake qk-three-hospitals "three hospitals" quantity "three hospitals"
add quake qk-27-injured "at least 27 people" quantity "at least 27 people"
add quake qk-japan-turkey "Japanese and Turkish rescue teams" origin "JP,TR"
add quake qk-wednesday-night "on Wednesday night" date "2023-11-01TNI"
add quake qk-400-volunteers "about 400 local volunteers" quantity "about 400 volunteers"
add quake qk-72-hours-quote "The next 72 hours are critical" quote --speaker "Ahmet Demir"
add quake qk-72-hours "72 hours" quantity "72 hours"
add quake qk-14-earthquakes "14 earthquakes" quantity "14 earthquakes"
add quake qk-since-1999 "since 1999" date "1999 ON_OR_AFTER"
add quake qk-cost-2-5bn "an estimated 2.5 billion dollars" quantity "an estimated 2.5 billion dollars"
add quake qk-rebuilt-by-end-of-next-year "by the end of next year" plan "2024 END"
add quake qk-italy "Seismologists from Italy" origin "IT"
add quake qk-next-week "next week" plan "2023-W45"
add quake qk-main-shock-utc "at 00:40 UTC on Tuesday" date "2023-10-31T00:40"
annotate -C "$out/quake" set qk-main-shock-utc value.timezone UTC >/dev/null

start chess 2024-08-30 "Nordvik chess festival opens"
add chess ch-200-teams "Nearly two hundred teams" quantity "nearly 200 teams"
add chess ch-90-countries "90 countries" quantity "90 countries"
add chess ch-opens-5-september "on 5 September 2024" date "2024-09-05"
add chess ch-won-last-year "last year" date "2023"
add chess ch-five-players "five players" quantity "5 players"
add chess ch-norway-india "Norwegian and Indian players" origin "NO,IN"
add chess ch-44-times "44 times" quantity "44 times"
add chess ch-since-1979 "since 1979" date "1979 ON_OR_AFTER"
add chess ch-eleven-rounds-quote "We are ready for eleven rounds of hard chess" quote --speaker "Amani Otieno"
add chess ch-eleven-rounds "eleven rounds" quantity "11 rounds"
add chess ch-visitors "between 3,000 and 4,000 visitors" quantity "between 3,000 and 4,000 visitors"
add chess ch-twice-2022 "more than twice as many as in 2022" comparison
add chess ch-in-2022 "in 2022" date "2022"
add chess ch-prize-1-2m "1.2 million euros" quantity "1.2 million euros"
