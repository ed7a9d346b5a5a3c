"""Hard negatives from the optical world: 16 classes x 2 base kinds x 6 presentations."""
import base64, hashlib, json, random, string
from gen150 import G, HEX, ALNUM, LOWER_D, UPPER_D


def gtin_check(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


def luhn_digit(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def npi(g):
    body = str(g.r.choice([1, 2])) + g.s(string.digits, 8)
    return body + luhn_digit('80840' + body)


def b1(g):  # gtin lens barcodes
    rows = []
    for _ in range(3):
        d = '0' + g.s(string.digits, 11)
        rows.append(f'{d + gtin_check(d)},ACUVUE-LIKE TORIC BC8.6 DIA14.5 SPH -{g.r.randint(1, 8)}.{g.r.choice(["00", "25", "50", "75"])}')
    return 'gtin,description\n' + '\n'.join(rows)


def b2(g):
    d = '0' + g.s(string.digits, 11)
    return f'scan ok: lens box GTIN {d + gtin_check(d)} lot {g.s(UPPER_D, 8)} exp 2027-0{g.r.randint(1, 9)}'


def c1(g):
    return '\n'.join(f'{g.s(string.ascii_uppercase, 2)}{g.r.randint(1000, 9999)} col {g.r.randint(100, 999)} {g.r.randint(48, 56)}\u25a1{g.r.randint(15, 21)}-{g.r.choice([135, 140, 145])}' for _ in range(3))


def c2(g):
    return json.dumps({'sku': f'FR-{g.s(UPPER_D, 6)}-{g.r.randint(10, 99)}', 'upc': g.s(string.digits, 12), 'colorCode': g.s(UPPER_D, 4)})


def n1(g):
    return f'Rendering provider NPI {npi(g)}, billing NPI {npi(g)}, taxonomy 152W00000X'


def n2(g):
    return 'npi,last_name,credential\n' + '\n'.join(f'{npi(g)},{g.r.choice(["Okafor", "Lindqvist", "Haddad", "Moreau"])},OD' for _ in range(3))


def m1(g):
    return f'Eligibility 271: member id {g.s(UPPER_D, 3)}{g.s(string.digits, 9)}, group {g.s(string.digits, 8)}, plan VSP-CHOICE, subscriber DOB on file'


def m2(g):
    return f'<Member memberId="{g.s(string.digits, 11)}" groupNumber="{g.s(UPPER_D, 6)}" relationship="18"/>'


def t1(g):
    return f'Lab job {g.r.randint(100000, 999999)} tray {g.s(string.ascii_uppercase, 1)}{g.r.randint(100, 999)} moved to EDGING at station 4'


def t2(g):
    return 'job,tray,status\n' + '\n'.join(f'{g.r.randint(100000, 999999)},T{g.r.randint(1000, 9999)},{g.r.choice(["SURFACING", "AR_COAT", "FINAL_QC"])}' for _ in range(3))


def uid(g):
    return '1.2.840.' + '.'.join(str(g.r.randint(1, 99999)) for _ in range(g.r.randint(6, 9)))


def d1(g):
    return f'(0020,000D) StudyInstanceUID UI [{uid(g)}]\n(0020,000E) SeriesInstanceUID UI [{uid(g)}]'


def d2(g):
    return json.dumps({'modality': 'OPT', 'sopInstanceUid': uid(g), 'laterality': g.r.choice(['OD', 'OS'])})


def h1(g):
    return f'{hashlib.sha256(g.alnum(20).encode()).hexdigest()}  oct_macula_{g.r.randint(1000, 9999)}.dcm'


def h2(g):
    return f'export verified: md5={hashlib.md5(g.alnum(16).encode()).hexdigest()} sha1={hashlib.sha1(g.alnum(16).encode()).hexdigest()} fundus_batch.zip'


def p1(g):
    return f"const stripe = Stripe('pk_live_{g.alnum(99)}');"


def p2(g):
    return f'<script>window.tryOnConfig = {{ storefrontAccessToken: "{g.hex(32)}", shop: "frames-demo.myshopify.com" }};</script>'


def r1(g):
    return f'[pms-sync] connecting as svc_pms password=******** host=10.40.2.11 ok ({g.r.randint(20, 300)} ms)'


def r2(g):
    return f'lab_api_key: "{g.hex(4)}…{g.hex(4)}" (masked, {g.r.randint(32, 48)} chars)'


def pl1(g):
    return f'LAB_ORDER_API_KEY=<your-lab-key-here>\nTRYON_SDK_SECRET=\nPMS_DB_PASSWORD=changeme-in-store-{g.r.randint(100, 999)}-vault'


def pl2(g):
    return f'eligibility:\n  client_secret: "{{{{ .Values.eligibility.clientSecret }}}}"\n  store: "{g.r.randint(100, 999)}"'


def v1(g):
    return f'PMS_DB_PASSWORD=op://Clinic-{g.r.randint(10, 99)}/officemate-sql/password'


def v2(g):
    return f'valueFrom:\n  secretKeyRef:\n    name: lab-gateway-{g.s(LOWER_D, 5)}\n    key: api-key'


def e1(g):
    return f'-----BEGIN AGE ENCRYPTED FILE-----\n{g.b64(48)}\n{g.b64(33)}\n-----END AGE ENCRYPTED FILE-----'


def e2(g):
    return f'KMS ciphertext blob (eligibility secret): AQICAH{g.b64(117).rstrip("=")}'


def hh1(g):
    salt = ''.join(g.r.choice('./' + ALNUM) for _ in range(53))
    return f'optometrist_okafor | $2b$12${salt}'


def hh2(g):
    return f'frontdesk2 | $argon2id$v=19$m=65536,t=3,p=4${g.b64(16).rstrip("=")}${g.b64(32).rstrip("=")}'


def w1(g):
    return 'Reminder from IT: the exam-room tablets now require a 14-character password; please change yours before Friday and never write it on the phoropter.'


def w2(g):
    return f'[{g.r.randint(8, 17)}:{g.r.randint(10, 59)}] Ana: did you get the new lab portal password? Ravi: yes, the manager read it to me on the phone, I typed it straight in.'


def x1(g):
    return f'# from the vendor docs (example values, not real)\nLAB_API_KEY=EXAMPLEKEY{g.s(string.digits, 4)}DOCS\nTRYON_SDK_SECRET={g.alnum(12)}EXAMPLE{g.alnum(6)}'


def x2(g):
    return 'curl -H "Authorization: Bearer YOUR_TRYON_TOKEN" https://api.tryon.example.com/v1/frames'


def i1(g):
    return f'X-Webhook-Id: {g.uuid4()}\nX-Webhook-Timestamp: {1717000000 + g.r.randrange(10**6)}\nIdempotency-Key: {g.uuid4()}'


def i2(g):
    return f'MSH|^~\\&|PMS|CLINIC114|LAB|ESSLAB|20240613101500||ORM^O01|{g.s(UPPER_D, 20)}|P|2.5.1'


CLASSES = [
    ('contact_lens_box_gtin_barcodes', ('lens_reorder_csv', b1), ('barcode_scanner_log', b2)),
    ('frame_model_colour_and_size_codes', ('frame_board_listing', c1), ('frame_catalog_json', c2)),
    ('optometrist_npi_numbers_luhn_checked', ('claim_provider_line', n1), ('provider_roster_csv', n2)),
    ('vision_plan_member_and_group_numbers', ('eligibility_response_summary', m1), ('member_xml_element', m2)),
    ('lens_lab_job_and_tray_numbers', ('lab_job_status_line', t1), ('tray_tracking_csv', t2)),
    ('dicom_study_and_sop_uids', ('dicom_header_dump', d1), ('imaging_index_json', d2)),
    ('retinal_image_file_digests', ('oct_sha256sum_line', h1), ('fundus_export_digest_note', h2)),
    ('publishable_keys_in_eyewear_storefront', ('checkout_stripe_js_init', p1), ('tryon_widget_storefront_token', p2)),
    ('masked_credentials_in_pms_logs', ('pms_sync_log_stars', r1), ('lab_settings_masked_key', r2)),
    ('empty_and_template_slots_in_lab_configs', ('lab_env_example', pl1), ('eligibility_chart_template', pl2)),
    ('password_manager_and_secret_store_pointers', ('onepassword_op_reference', v1), ('kubernetes_secret_key_ref', v2)),
    ('age_and_kms_ciphertext_blobs', ('age_armored_file', e1), ('kms_ciphertext_note', e2)),
    ('bcrypt_and_argon2_staff_hashes', ('staff_table_bcrypt_row', hh1), ('staff_table_argon2_row', hh2)),
    ('clinic_talk_about_passwords_without_one', ('it_reminder_notice', w1), ('optician_chat_exchange', w2)),
    ('vendor_documentation_sample_values', ('vendor_docs_env_sample', x1), ('vendor_docs_curl_placeholder', x2)),
    ('webhook_ids_idempotency_keys_and_hl7_control_ids', ('webhook_delivery_headers', i1), ('hl7_msh_segment', i2)),
]

WRAPS = [
    ('', '{T}'),
    ('__in_optical_group_teams_thread', 'Teams thread #lab-integration\n> {T}\nreply: thanks, nothing secret in there'),
    ('__in_pms_gitlab_merge_request', 'MR !{N} diff excerpt:\n+ {T}'),
    ('__in_lab_jira_service_desk_ticket', 'LABSD-{N} | Summary: check attached output\n{T}'),
    ('__in_optometry_notion_page', '## Integration notes\n\n```\n{T}\n```'),
    ('__in_frame_rep_email', 'Hi team,\n\nsee below from the vendor call:\n\n{T}\n\nBest, Dana'),
]


def build(seed):
    r = random.Random(seed)
    g = G(r, [])
    recs = []
    for cls, *bases in CLASSES:
        for bname, fn in bases:
            for suf, wt in WRAPS:
                t = wt.replace('{N}', str(r.randint(100, 9999))).replace('{T}', fn(g))
                recs.append({'class': cls, 'container': bname + suf, 'text': t, 'source': 'negative'})
    return recs
