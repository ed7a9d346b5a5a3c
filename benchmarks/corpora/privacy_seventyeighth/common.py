import random, string, json, base64, re

SLOT = '\ue000'
ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
HEXL = '0123456789abcdef'
B64 = ALNUM + '+/'
B64U = ALNUM + '-_'
DBWORDS = ['vacuum', 'walsender', 'tablespace', 'checkpoint', 'oplog', 'binlog', 'keyspace', 'compaction',
           'tombstone', 'shardkey', 'autovacuum', 'relfilenode', 'redolog', 'undotbs', 'sstable', 'memtable',
           'hypertable', 'partition', 'seqscan', 'bufferpool', 'rowstore', 'colstore', 'snapshot', 'logship',
           'failover', 'quorum', 'cursor', 'pgstat', 'innodb', 'bitmap', 'btree', 'gistidx', 'toast', 'xlog']


def rs(rng, alphabet, n):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def owner_pw(rng):
    return rng.choice(DBWORDS) + rng.choice('-_.') + rs(rng, LOWER + string.digits, rng.randint(4, 7)) + rs(rng, string.digits, 2)


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def jwt(rng, payload, header=None):
    header = header or {'alg': 'HS256', 'typ': 'JWT'}
    h = b64u(json.dumps(header, separators=(',', ':')).encode())
    p = b64u(json.dumps(payload, separators=(',', ':')).encode())
    return h + '.' + p + '.' + rs(rng, B64U, 43)


def uuid4(rng):
    h = rs(rng, HEXL, 32)
    h = h[:12] + '4' + h[13:16] + rng.choice('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def shape(rng, spec):
    """Mini language: {A40} alnum, {H32} hex, {U20} upper+digits, {L16} lower, {D9} digits,
    {B44} base64, {b43} base64url, {uuid}, {pw}, {X32} upper hex, {l20} lower+digits."""
    def rep(m):
        tok = m.group(1)
        if tok == 'uuid':
            return uuid4(rng)
        if tok == 'pw':
            return owner_pw(rng)
        k, n = tok[0], int(tok[1:])
        al = {'A': ALNUM, 'H': HEXL, 'U': UPPER + string.digits, 'L': LOWER, 'D': string.digits,
              'B': B64, 'b': B64U, 'X': '0123456789ABCDEF', 'l': LOWER + string.digits, 'C': UPPER}[k]
        return rs(rng, al, n)
    return re.sub(r'\{(uuid|pw|[AHULDBbXlC]\d+)\}', rep, spec)


def fill(template, value, **kw):
    """template has {V}; returns text, start, end."""
    t = template.replace('{V}', SLOT)
    for k, v in kw.items():
        t = t.replace('{' + k + '}', str(v))
    assert t.count(SLOT) == 1, template
    s = t.index(SLOT)
    return t.replace(SLOT, value), s, s + len(value)


HOSTS = ['pg-primary-01', 'pg-replica-02', 'mysql-src-03', 'mongo-rs0-1', 'redis-cache-2', 'cass-dc1-n4',
         'ch-shard-02', 'es-hot-05', 'ora-rac-1', 'mssql-ag-02', 'dw-etl-01', 'pgb-pool-01']
USERS = ['app_rw', 'replicator', 'etl_loader', 'reporting', 'svc_backup', 'dbadmin', 'cdc_reader', 'monitor',
         'analytics', 'migrator', 'pgbouncer', 'sync_user']
DBS = ['orders', 'billing', 'inventory', 'ledger', 'telemetry', 'crm', 'events', 'warehouse', 'payments', 'catalog']


def ctx(rng):
    return dict(host=rng.choice(HOSTS) + '.db.example', user=rng.choice(USERS), db=rng.choice(DBS),
                n=rng.randint(2, 98), port=rng.choice([5432, 3306, 27017, 6379, 9042, 9440, 9200, 1521, 1433, 6432]),
                tkt=rng.randint(1000, 9999))
