"""Hard negatives from the sports / fitness / wearables world: 16 classes x 2 base kinds x 6 presentations."""
from common105 import Gen

def classes(g):
    h, an, lan, uan, u4 = g.hex, g.an, g.lan, g.uan, g.uuid4
    d = lambda n: g.s('0123456789', n)
    return [
        ('strava_activity_and_athlete_ids', [
            ('strava_activity_url_ids', lambda: 'https://www.strava.com/activities/%s (athlete %s, segment %s)' % (d(11), d(8), d(8))),
            ('strava_segment_effort_json', lambda: '{"id": %s, "segment": {"id": %s}, "athlete": {"id": %s}, "elapsed_time": %d}' % (d(19), d(8), d(8), g.r.randint(200, 900)))]),
        ('wearable_hardware_serial_and_mac', [
            ('garmin_unit_id_fit_header', lambda: 'file_id: manufacturer=garmin product=%d serial_number=%s time_created=%s' % (g.r.randint(3000, 4000), d(10), d(10))),
            ('ble_heart_strap_mac_list', lambda: 'Scanned sensors: HRM-Pro %s rssi=-61, Cadence %s rssi=-70' % (':'.join(h(2).upper() for _ in range(6)), ':'.join(h(2).upper() for _ in range(6))))]),
        ('activity_file_digest_listing', [
            ('fit_file_header_crc_dump', lambda: 'FIT header: size=14 protocol=2.0 profile=21.141 data_size=%d crc=0x%s file_crc=0x%s' % (g.r.randint(10000, 90000), h(4).upper(), h(4).upper())),
            ('gpx_export_sha256_listing', lambda: '%s  morning_run_%s.gpx\n%s  long_ride_%s.gpx' % (h(64), d(4), h(64), d(4)))]),
        ('public_oauth_client_identifier', [
            ('fitbit_client_id_authorize_url', lambda: 'https://www.fitbit.com/oauth2/authorize?response_type=code&client_id=%s&scope=activity%%20heartrate' % uan(6)),
            ('strava_client_id_settings_page', lambda: 'My API Application: Client ID %s, Category: Training, Website: https://club.example.org' % d(6))]),
        ('race_bib_and_chip_codes', [
            ('rfid_chip_epc_listing', lambda: 'EPC %s antenna=2 rssi=-48\nEPC %s antenna=3 rssi=-52' % (h(24).upper(), h(24).upper())),
            ('bib_chip_assignment_csv', lambda: 'bib,chip,wave\n%s,%s,A\n%s,%s,B' % (d(4), uan(7), d(4), uan(7)))]),
        ('oauth_handshake_public_nonce', [
            ('strava_hub_challenge_echo', lambda: 'GET /webhook?hub.mode=subscribe&hub.challenge=%s\n200 {"hub.challenge":"%s"}' % ((lambda c: (c, c))(an(22)))),
            ('pkce_state_and_code_challenge', lambda: 'authorize?state=%s&code_challenge=%s&code_challenge_method=S256' % (an(16), g.b64(32, url=True, pad=False)))]),
        ('health_sample_record_uuid', [
            ('healthkit_sample_uuid_export', lambda: '<Record type="HKQuantityTypeIdentifierHeartRate" uuid="%s" value="%d"/>' % (u4().upper(), g.r.randint(50, 180))),
            ('health_connect_record_metadata_ids', lambda: 'StepsRecord(metadata.id=%s, clientRecordId=%s, count=%d)' % (u4(), 'sync-' + d(8), g.r.randint(100, 20000)))]),
        ('odds_feed_event_market_ids', [
            ('betfair_market_selection_ids', lambda: 'marketId=1.%s selectionId=%s handicap=0.0' % (d(9), d(8))),
            ('sportradar_urn_identifiers', lambda: 'sr:match:%s sr:competitor:%s sr:season:%s' % (d(8), d(6), d(6)))]),
        ('masked_fitness_credential_display', [
            ('developer_portal_masked_secret_row', lambda: 'Client Secret: ••••••••••••••••%s  [Show] [Reset]' % h(4)),
            ('log_redacted_bearer_line', lambda: 'POST /v2/sync 200 Authorization: Bearer [REDACTED] user=%s' % d(7))]),
        ('integration_template_placeholder', [
            ('env_sample_your_key_here', lambda: 'STRAVA_CLIENT_SECRET=<your-strava-client-secret>\nODDS_API_KEY=YOUR_API_KEY_HERE  # ticket %s' % d(4)),
            ('docs_curl_example_token_placeholder', lambda: 'curl -H "Authorization: Bearer {access_token}" https://api.example.com/v1/athletes/%s/stats' % d(6))]),
        ('secret_store_path_reference', [
            ('ssm_parameter_arn_in_task_definition', lambda: '"secrets": [{"name": "WHOOP_CLIENT_SECRET", "valueFrom": "arn:aws:ssm:eu-west-1:%s:parameter/fit/prod/whoop"}]' % d(12)),
            ('vault_agent_template_path', lambda: '{{ with secret "kv/data/gym/%s/mindbody" }}{{ .Data.data.api_key }}{{ end }}' % lan(6))]),
        ('app_signing_certificate_fingerprint', [
            ('android_keystore_sha256_fingerprint', lambda: 'Alias: upload\nSHA1: %s\nSHA256: %s' % (':'.join(h(2).upper() for _ in range(20)), ':'.join(h(2).upper() for _ in range(32)))),
            ('apple_team_and_key_identifiers', lambda: 'Team ID: %s  Key ID: %s  Services ID: com.example.runapp.signin' % (uan(10), uan(10)))]),
        ('encrypted_membership_field_blob', [
            ('gym_crm_aes_gcm_column_value', lambda: 'members.iban_enc = v1:gcm:%s:%s' % (g.b64(12), g.b64(48))),
            ('ansible_vault_header_block', lambda: '$ANSIBLE_VAULT;1.1;AES256\n%s\n%s' % (h(80), h(80)))]),
        ('publishable_checkout_key_material', [
            ('stripe_publishable_key_checkout_js', lambda: "const stripe = Stripe('pk_live_%s');" % an(99)),
            ('paypal_client_id_sdk_script_tag', lambda: '<script src="https://www.paypal.com/sdk/js?client-id=%s&currency=EUR"></script>' % (g.b64(60, url=True, pad=False)))]),
        ('sports_feed_cache_and_trace_ids', [
            ('http_etag_response_headers', lambda: 'HTTP/1.1 304 Not Modified\nETag: W/"%s"\nCache-Control: max-age=15' % h(32)),
            ('x_request_id_trace_headers', lambda: 'x-request-id: %s\ntraceparent: 00-%s-%s-01' % (u4(), h(32), h(16)))]),
        ('membership_password_rules_prose', [
            ('gym_staff_password_reset_howto', lambda: 'To reset a front-desk password, open Staff > Security, click Reset and let the staff member choose a new one at the kiosk (min. %d characters). Never write it on the shift sheet.' % g.r.randint(10, 14)),
            ('club_treasurer_security_reminder', lambda: 'Reminder from the committee: the treasurer login changes every %d days and is only handed over in person, never by mail or WhatsApp.' % g.r.choice([60, 90]))]),
    ]

WRAPPERS = [None, ('in_strava_api_forum_thread', 'Forum thread, reply #%d:\n%s\n'), ('in_wearable_sdk_issue', 'Issue body:\n```\n%s\n```\n'),
            ('in_race_day_ops_log', '[race-day log] %s\n'), ('in_gym_software_changelog', 'Changelog 4.%d - example output:\n%s\n'),
            ('in_club_committee_minutes', 'Minutes, item 3: %s\n')]


def build(prefix, start):
    g = Gen(10506)
    recs, n = [], start
    for cls, kinds in classes(g):
        for kind, f in kinds:
            for w in WRAPPERS:
                body = f()
                if w is None:
                    text, cont = body, kind
                else:
                    name, tpl = w
                    text = tpl % ((g.r.randint(2, 40), body) if tpl.count('%') == 2 else body)
                    cont = kind + '__' + name
                recs.append(dict(id='%s%04d' % (prefix, n), **{'class': cls}, container=cont, text=text, source='negative'))
                n += 1
    return recs
