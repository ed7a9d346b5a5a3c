"""Hard negatives from the funeral / cemetery world: look like secrets, are not."""
import random, hashlib, base64, json, string
from common137 import Gen, HEX, AN, UAN, LAN


def luhn_digit(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def K(g):  # helpers
    return g


def base_kinds(g):
    r = g.r
    D = string.digits
    sha = lambda: hashlib.sha256(bytes(r.randrange(256) for _ in range(32))).hexdigest()
    return {
     'death_certificate_registration_numbers': [
        ('state_file_number_register_csv', lambda: 'case_id,decedent_initials,state_file_no,filed\n' + '\n'.join('FH-%05d,%s.%s.,%s-%s-%06d,2024-0%d-1%d' % (r.randrange(99999), r.choice(UAN[:26]), r.choice(UAN[:26]), r.choice(['112', '114', '118']), '2024', r.randrange(10 ** 6), r.randint(1, 9), r.randint(0, 9)) for _ in range(3))),
        ('edrs_filing_receipt_text', lambda: 'EDRS filing receipt\nDeath record %s%09d accepted; certificate copies ordered: %d\nLocal registrar ref: LR-%s' % (r.choice(['D', 'R']), r.randrange(10 ** 9), r.randint(2, 8), g.s(UAN, 8)))],
     'cremation_authorization_case_numbers': [
        ('cremation_authorization_form_header', lambda: 'CREMATION AUTHORIZATION  Case No. CR-%d-%05d  Permit %s-%06d\nAuthorizing agent signature on file.' % (r.randint(2019, 2025), r.randrange(99999), g.s(UAN, 3), r.randrange(10 ** 6))),
        ('retort_queue_board_rows', lambda: 'chamber | case | tag\n' + '\n'.join('%d | CR-%05d | ID-%s' % (r.randint(1, 3), r.randrange(99999), g.s(UAN, 6)) for _ in range(3)))],
     'cemetery_section_lot_grave_ids': [
        ('plot_inventory_geojson_props', lambda: json.dumps({'type': 'Feature', 'properties': {'plot_id': 'SEC-%s-L%03d-G%d' % (r.choice('ABCDEFGH'), r.randrange(999), r.randint(1, 8)), 'status': r.choice(['sold', 'available', 'interred']), 'parcel_uid': g.uuid4()}})),
        ('interment_rights_deed_line', lambda: 'Deed %d: right of interment in Section %s, Lot %d, Graves %d-%d (map sheet %s%02d)' % (r.randrange(10 ** 5, 10 ** 6), r.choice(['Rosewood', 'Cedar', 'Garden of Peace']), r.randrange(400), r.randint(1, 4), r.randint(5, 8), r.choice('NSEW'), r.randrange(99)))],
     'casket_urn_and_vault_skus': [
        ('merchandise_price_list_rows', lambda: 'SKU,description,price\n' + '\n'.join('%s-%s-%04d,%s,%d.00' % (r.choice(['CSK', 'URN', 'VLT']), g.s(UAN, 3), r.randrange(9999), r.choice(['18ga steel, silver', 'cherry veneer', 'bronze keepsake', 'concrete liner']), r.randint(300, 9000)) for _ in range(3))),
        ('supplier_packing_slip_text', lambda: 'Packing slip %s / PO %d / item %s%010d (GTIN)' % (g.s(UAN, 10), r.randrange(10 ** 7), '0', r.randrange(10 ** 10)))],
     'obituary_slug_and_guestbook_ids': [
        ('obituary_permalink_list', lambda: '\n'.join('https://obits.example.com/%s-%s-%d/%s' % (r.choice(['margaret', 'joseph', 'ana', 'wei', 'olu']), r.choice(['hale', 'ortiz', 'nguyen', 'kowalski']), r.randint(1930, 1950), g.hexs(12)) for _ in range(3))),
        ('guestbook_entry_json', lambda: json.dumps({'entry_id': g.uuid4(), 'obituary_id': g.uuid4(), 'moderation_token': None, 'candles': r.randint(0, 40)}))],
     'livestream_public_embed_ids': [
        ('memorial_player_embed_html', lambda: '<iframe src="https://player.example.net/embed/%s?autoplay=0" allow="fullscreen"></iframe>\n<!-- public playback id, safe to share with family -->' % g.an(22)),
        ('stream_playback_id_config', lambda: 'playback_id (public) = "%s"\nplayback_policy = "public"' % g.an(40))],
     'preneed_contract_numbers_luhn': [
        ('preneed_contract_register_csv', lambda: 'contract_no,plan,status\n' + '\n'.join((lambda n: '%s%s,%s,active' % (n, luhn_digit(n), r.choice(['TRUST', 'INSURANCE'])))('7' + ''.join(r.choice(D) for _ in range(14))) for _ in range(3))),
        ('policy_assignment_letter_line', lambda: (lambda n: 'Policy %s%s assigned to Oakridge Chapel for funeral services; carrier check digit verified.' % (n, luhn_digit(n)))('4' + ''.join(r.choice(D) for _ in range(15))))],
     'retort_cycle_batch_and_sensor_ids': [
        ('cremator_cycle_log_lines', lambda: '\n'.join('%s cycle=%d chamber=%d tc_serial=%s peak_c=%d' % ('2024-03-1%dT0%d:1%d' % (r.randint(0, 9), r.randint(0, 9), r.randint(0, 9)), r.randrange(10 ** 5), r.randint(1, 2), g.s(UAN, 10), r.randint(760, 980)) for _ in range(3))),
        ('emissions_opacity_report_header', lambda: 'Opacity report %s  analyzer S/N %s  firmware %d.%d.%d  build %s' % (g.s(UAN, 6), g.s(UAN, 12), r.randint(1, 5), r.randint(0, 20), r.randint(0, 99), g.hexs(8)))],
     'masked_trust_and_case_credentials': [
        ('trust_statement_masked_accounts', lambda: 'Trust account ****%04d  routing ***%03d  balance $%d.%02d' % (r.randrange(10 ** 4), r.randrange(1000), r.randrange(10 ** 6), r.randrange(100))),
        ('case_system_config_dump_redacted', lambda: 'db_host=casedb.fh.internal\ndb_user=arranger\ndb_password=%s\napi_key=%s' % (r.choice(['********', '[REDACTED]', '<hidden>']), r.choice(['****', '(redacted)', 'xxxxxxxx']) + '-' + str(r.randrange(100))))],
     'placeholder_integration_values': [
        ('obituary_env_example_file', lambda: '# copy to .env\nOBIT_FEED_API_KEY=%s\nLIVESTREAM_KEY=%s\nPLOTMAP_TOKEN=' % (r.choice(['<your-obituary-key>', 'changeme', 'REPLACE_ME']), r.choice(['your-stream-key-here', 'TODO', '${LIVESTREAM_KEY}'])) + '\n# build %d' % r.randrange(10 ** 5)),
        ('florist_api_quickstart_curl', lambda: 'curl -H "Authorization: Bearer %s" https://api.florist.example.com/v2/orders  # step %d' % (r.choice(['YOUR_API_TOKEN', '<token>', '{{florist_token}}', 'sk_test_xxxxxxxxxxxxxxxx']), r.randrange(1, 99)))],
     'secret_store_reference_strings': [
        ('aws_secrets_manager_arn_refs', lambda: 'valueFrom: arn:aws:secretsmanager:us-east-2:%012d:secret:fh/%s-%s' % (r.randrange(10 ** 12), r.choice(['retort', 'obits', 'trust']), g.s(AN, 6))),
        ('azure_key_vault_uri_refs', lambda: '@Microsoft.KeyVault(SecretUri=https://fh-%s-kv.vault.azure.net/secrets/%s/%s)' % (r.choice(['prod', 'stage']), r.choice(['EdrsClientSecret', 'CaseDbPassword']), g.hexs(32)))],
     'ansible_vault_and_jasypt_ciphertexts': [
        ('ansible_vault_encrypted_var', lambda: 'crematory_db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  %s\n  %s' % (g.hexs(64), g.hexs(64))),
        ('jasypt_encrypted_property', lambda: 'trust.sftp.password=ENC(%s)' % g.b64bytes(r.choice([32, 48])))],
     'password_talk_in_arrangement_office': [
        ('arrangement_office_policy_memo', lambda: 'Reminder %d: never write the arrangement-room PC password on the family folder; use the password manager and rotate it every %d days.' % (r.randrange(100), r.choice([30, 60, 90]))),
        ('crematory_helpdesk_chat_line', lambda: 'Night op %s: I forgot the retort HMI password again, can someone reset it? I will not post it here.' % r.choice(['Lu', 'Dee', 'Sam', 'Ike'])) ],
     'memorial_media_file_checksums': [
        ('slideshow_render_manifest', lambda: '\n'.join('%s  tribute_%03d.mp4' % (sha(), r.randrange(999)) for _ in range(2))),
        ('photo_upload_md5_json', lambda: json.dumps({'file': 'photo_%04d.jpg' % r.randrange(9999), 'md5': hashlib.md5(bytes(r.randrange(256) for _ in range(16))).hexdigest(), 'sha1': hashlib.sha1(bytes(r.randrange(256) for _ in range(16))).hexdigest()}))],
     'oauth_state_nonce_and_pkce_values': [
        ('edrs_oauth_redirect_query', lambda: 'https://fh.example.org/callback?code_challenge=%s&code_challenge_method=S256&state=%s&nonce=%s' % (g.b64ubytes(32), g.hexs(16), g.an(20))),
        ('csrf_hidden_field_html', lambda: '<input type="hidden" name="csrf_nonce" value="%s"> <!-- per-request, not a credential -->' % g.b64ubytes(24))],
     'vendor_docs_example_values': [
        ('vendor_doc_sample_request', lambda: 'Example (from the integration guide): X-Api-Key: EXAMPLEKEY%s0000000000  -- replace with the key from your dashboard' % g.s(UAN, 6)),
        ('sdk_readme_example_snippet', lambda: 'client = TributeClient(api_key="tt_example_%s_DO_NOT_USE")  # sample value from the README' % g.s(LAN, 8))],
    }


WRAPPERS = [None, 'in_arrangement_room_teams_thread', 'in_obituary_app_pull_request', 'in_crematory_service_ticket',
            'in_cemetery_ops_wiki', 'in_preneed_auditor_email']
WRAP_TEXT = {
 'in_arrangement_room_teams_thread': 'Teams - #arrangement-room\nPriya: is this one of the keys we need to hide?\n{T}\nOwen: no, that is fine to share.',
 'in_obituary_app_pull_request': 'PR #%d review comment:\n```\n{T}\n```\nLooks safe to commit, nothing sensitive here.',
 'in_crematory_service_ticket': 'Service ticket CRM-%d\nCustomer pasted:\n{T}\nStatus: waiting on vendor',
 'in_cemetery_ops_wiki': '== Reference values ==\n{T}\n(last edited by grounds office)',
 'in_preneed_auditor_email': 'Subject: audit sample %d\n\nHello, as requested the excerpt is below.\n\n{T}\n\nRegards, Trust Compliance',
}


def build(seed=13706, used=None):
    g = Gen(random.Random(seed), used if used is not None else set())
    out = []
    for cls, kinds in base_kinds(g).items():
        for kind, f in kinds:
            for w in WRAPPERS:
                t = f()
                if w:
                    wt = WRAP_TEXT[w]
                    if '%d' in wt:
                        wt = wt % g.r.randrange(100, 9999)
                    t = wt.replace('{T}', t)
                out.append({'id': None, 'class': cls, 'container': kind + ('__' + w if w else ''), 'text': t, 'source': 'negative'})
    return out
