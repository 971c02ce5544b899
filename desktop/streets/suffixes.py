"""Street suffixes and directionals as USPS Publication 28 abbreviates them (Appendices C1, B).

Each line of `_PUB28` is one standard abbreviation followed by the spellings that mean it
(the publication's "commonly used" forms and the full word), lower case. Census FULLNAME
uses these abbreviations ("Dudley St", "Massachusetts Ave"), people type any of them.

Why not usaddress-scourgify's table: it reads a YAML file named by an environment
variable when imported (so the table can change under us), it would add two packages for
one dictionary, and this one is short. Why not the blind index's word table
(desktop/privacy/blind_index.py): it folds "Saint" into "st", which would make "St James
Ave" and a "James St" collide here, and its output is frozen (stored digests depend on
it) while this table may grow.
"""

from __future__ import annotations

_PUB28 = """
aly allee alley ally
anx anex annex annx
arc arcade
ave av aven avenu avenue avn avnue
byu bayoo bayou
bch beach
bnd bend
blf bluf bluff
blfs bluffs
btm bot bottm bottom
blvd boul boulevard boulv
br branch brnch
brg brdge bridge
brk brook
brks brooks
bg burg
bgs burgs
byp bypa bypas bypass byps
cp camp cmp
cyn canyn canyon cnyn
cpe cape
cswy causeway causwa
ctr cen cent center centr centre cnter cntr
ctrs centers
cir circ circl circle crcl crcle
cirs circles
clf cliff
clfs cliffs
clb club
cmn common
cmns commons
cor corner
cors corners
crse course
ct court crt
cts courts
cv cove
cvs coves
crk creek
cres crescent crsent crsnt
crst crest
xing crossing crssng
xrd crossroad
xrds crossroads
curv curve
dl dale
dm dam
dv div divide dvd
dr driv drive drv
drs drives
est estate
ests estates
expy exp expr express expressway expw
ext extension extn extnsn
exts extensions
fall
fls falls
fry ferry frry
fld field
flds fields
flt flat
flts flats
frd ford
frds fords
frst forest forests
frg forg forge
frgs forges
frk fork
frks forks
ft fort frt
fwy freeway freewy frway frwy
gdn garden gardn grden grdn
gdns gardens grdns
gtwy gateway gatewy gatway gtway
gln glen
glns glens
grn green
grns greens
grv grov grove
grvs groves
hbr harb harbor harbr hrbor
hbrs harbors
hvn haven
hts ht heights height hgts
hwy highway highwy hiway hiwy hway
hl hill
hls hills
holw hllw hollow hollows holws
inlt inlet
is island islnd
iss islands islnds
isle isles
jct jction jctn junction junctn juncton
jcts jctns junctions
ky key
kys keys
knl knol knoll
knls knolls
lk lake
lks lakes
land
lndg landing lndng
ln lane
lgt light
lgts lights
lf loaf
lck lock
lcks locks
ldg ldge lodg lodge
loop loops
mall
mnr manor
mnrs manors
mdw meadow
mdws meadows medows
mews
ml mill
mls mills
msn mission missn mssn
mtwy motorway
mt mnt mount
mtn mntain mntn mountain mountin mtin
mtns mntns mountains
nck neck
orch orchard orchrd
oval ovl
opas overpass
park prk parks
pkwy parkway parkwy pkway pky parkways pkwys
pass
psge passage
path paths
pike pikes
pne pine
pnes pines
pl place
pln plain
plns plains
plz plaza plza
pt point
pts points
prt port
prts ports
pr prairie prr
radl rad radial radiel
ramp
rnch ranch ranches rnchs
rpd rapid
rpds rapids
rst rest
rdg rdge ridge
rdgs ridges
riv river rivr rvr
rd road
rds roads
rte route
row
rue
run
shl shoal
shls shoals
shr shoar shore
shrs shoars shores
skwy skyway
spg spng spring sprng
spgs spngs springs sprngs
spur spurs
sq sqr sqre squ square
sqs sqrs squares
sta station statn stn
stra strav straven stravenue stravn strvn strvnue
strm stream streme
st street str strt
sts streets
smt sumit sumitt summit
ter terr terrace
trwy throughway
trce trace traces
trak track tracks trk trks
trfy trafficway
trl trail trails trls
trlr trailer trlrs
tunl tunel tunls tunnel tunnels tunnl
tpke trnpk turnpike turnpk
upas underpass
un union
uns unions
vly valley vally vlly
vlys valleys
via vdct viadct viaduct
vw view
vws views
vlg vill villag village villg villiage
vlgs villages
vl ville
vis vist vista vst vsta
walk walks
wall
way wy
ways
wl well
wls wells
whf wharf whrf
"""
# `whf` is not in Publication 28's list but is the Census abbreviation, and Boston has
# many wharves (Long Wharf, Lewis Wharf) with addresses on them.


def _table(text: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in text.split("\n"):
        standard, *variants = line.split() or [""]
        for spelling in (standard, *variants):
            if spelling:
                table[spelling] = standard
    return table


SUFFIXES: dict[str, str] = _table(_PUB28)

# Publication 28, Appendix B: directionals, each with its one- or two-letter form.
DIRECTIONALS: dict[str, str] = _table(
    """
    n north
    s south
    e east
    w west
    ne northeast
    nw northwest
    se southeast
    sw southwest
    """
)
