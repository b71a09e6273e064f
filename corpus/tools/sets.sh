#!/usr/bin/env bash
# Score the installed factcheck on every annotated set, two sets at a time:
#
#     corpus/tools/sets.sh OUTDIR [--inject]        (from the repository's root)
#
# For each set (SETS="dev de fj …" to choose; default: dev and every held-out set named in
# corpus/README.md) writes OUTDIR/<set>.txt: score.py (extraction, frame, reference matching,
# published slips, false flags and, with --inject, planted slips), the relations engine on
# the annotated frames and on the tool's metric and subject (benchmarks/relations_oracle.py),
# and `factcheck eval` with no reference files. PY names the interpreter (default: python).
# `corpus/tools/summary.py OUTDIR [OUTDIR2]` prints one line per set from these files.
set -uo pipefail
OUT=${1:?usage: sets.sh OUTDIR [--inject]}; shift
PY=${PY:-python}
declare -A SET=(
 [dev]="corpus/dev" [de]="d e" [fj]="f g h i j" [ko]="k l m n o" [pt]="p q r s t" [uy]="u v w x y"
 [zad]="z aa ab ac ad" [aeai]="ae af ag ah ai" [ajan]="aj ak al am an" [aoas]="ao ap aq ar as"
 [atax]="at au av aw ax" [aybc]="ay az ba bb bc" [bdbh]="bd be bf bg bh" [bibm]="bi bj bk bl bm"
 [bnbr]="bn bo bp bq br" [bsbw]="bs bt bu bv bw" [bxcb]="bx by bz ca cb" [cccg]="cc cd ce cf cg"
 [chcl]="ch ci cj ck cl" [cmcq]="cm cn co cp cq" [crcv]="cr cs ct cu cv" [cwda]="cw cx cy cz da" [dbdg]="db dc dd df dg" [dhdl]="dh di dj dk dl" [dmdr]="dm dn dp dq dr" [dsdw]="ds dt du dv dw" [dxeb]="dx dy dz ea eb" [eceh]="ec ed ef eg eh" [eiem]="ei ej ek el em" [ener]="en eo ep eq er" [esew]="es et eu ev ew" [exfb]="ex ey ez fa fb" [fcfg]="fc fd fe ff fg" [fhfm]="fh fi fk fl fm" [fnfr]="fn fo fp fq fr" [fsfw]="fs ft fu fv fw" [fxgb]="fx fy fz ga gb" [gcgg]="gc gd ge gf gg" [ghgl]="gh gi gj gk gl" [gmgp]="gm gn go gp" [gqgt]="gq gr gs gt" [gugx]="gu gv gw gx" [gyhb]="gy gz ha hb" [hchf]="hc hd he hf" [hghj]="hg hh hi hj" [hkho]="hk hl hm hn ho" [hphs]="hp hq hr hs" [hthx]="ht hu hv hw hx" [hyid]="hy hz ia ib ic id" [ieik]="ie if ig ih ii ij ik" [iliu]="il im in io ip iq ir is it iu" [ivjc]="iv iw ix iy iz ja jb jc" [jdjm]="jd je jf jg jh ji jj jk jl jm" [jnjx]="jn jo jp jq jr js jt ju jv jw jx" [jykh]="jy jz ka kb kc kd ke kf kg kh" )
SETS=${SETS:-"dev de fj ko pt uy zad aeai ajan aoas atax aybc bdbh bibm bnbr bsbw bxcb cccg chcl cmcq crcv cwda dbdg dhdl dmdr dsdw dxeb eceh eiem ener esew exfb fcfg fhfm fnfr fsfw fxgb gcgg ghgl gmgp gqgt gugx gyhb hchf hghj hkho hphs hthx hyid ieik iliu ivjc jdjm jnjx"}
mkdir -p "$OUT"
EMPTY=$(mktemp -d)
trap 'rm -rf "$EMPTY"' EXIT
one() {
  local s=$1 f=""
  shift
  for x in ${SET[$s]}; do case $x in corpus/*) f="$f $x";; *) f="$f corpus/blind/$x";; esac; done
  { echo "== score $s"; $PY corpus/tools/score.py $f "$@" 2>&1
    echo "== oracle gold"; $PY benchmarks/relations_oracle.py $f 2>&1 | tail -25
    echo "== oracle tool metric,subject"; $PY benchmarks/relations_oracle.py $f --tool-fields metric,subject 2>&1 | tail -25
    echo "== eval"; $PY -m factcheck eval $f --reference-dir "$EMPTY" 2>&1 | tail -20
  } > "$OUT/$s.txt"
}
read -ra sets <<< "$SETS"
i=0
while [ $i -lt ${#sets[@]} ]; do
  one "${sets[$i]}" "$@" & p1=$!
  if [ $((i + 1)) -lt ${#sets[@]} ]; then one "${sets[$((i + 1))]}" "$@" & wait $!; fi
  wait $p1; i=$((i + 2))
done
echo "done: $OUT"
