"""Hard negatives from the civic-tech world: look like secrets, are not."""
import random, string, hashlib, base64
from common129 import *

A = string.ascii_letters + string.digits
WRAP = [('', lambda t: t),
        ('__in_city_digital_standup_notes', lambda t: 'Stand-up notes (digital services), item 3 — pasted as-is:\n' + t + '\nAction: nobody, just FYI.\n'),
        ('__in_open_data_forum_post', lambda t: 'Posted on the open data community forum:\n> ' + t.replace('\n', '\n> ') + '\nAnyone know why the harvester logs this?\n'),
        ('__in_permit_vendor_support_case', lambda t: 'Support case #' + '{n}' + ' — customer attached:\n' + t + '\n'),
        ('__in_civic_hackathon_readme', lambda t: '## Sample data\n\n```\n' + t + '\n```\n'),
        ('__in_gov_pull_request_comment', lambda t: 'Review comment: this is fine to commit, it is not sensitive.\n```\n' + t + '\n```\n')]


def _sha(r):
    return hashlib.sha256(rs(r, A, 20).encode()).hexdigest()


def _pkce(r):
    v = b64(r, 32, url=True, pad=False)
    return base64.urlsafe_b64encode(hashlib.sha256(v.encode()).digest()).decode().rstrip('=')


def _four(r):
    return rs(r, string.ascii_lowercase + string.digits, 4) + '-' + rs(r, string.ascii_lowercase + string.digits, 4)


CLASSES = [
    ('open311_service_request_ids', [
        ('georeport_requests_json_response', lambda r: '[{"service_request_id":"%d","status":"open","service_code":"%s","token":"%s"}]' % (r.randint(10 ** 7, 10 ** 8), rs(r, string.digits, 3), uuid4(r))),
        ('service_request_export_csv_row', lambda r: 'request_id,ward,category,opened\nSR-%d-%s,%d,Pothole,2025-10-%02d' % (r.randint(2024, 2026), rs(r, string.digits, 7), r.randint(1, 50), r.randint(1, 28)))]),
    ('parcel_and_permit_numbers', [
        ('assessor_parcel_lookup_line', lambda r: 'APN %s-%s-%s  owner: (withheld)  land use: R-1' % (rs(r, string.digits, 3), rs(r, string.digits, 3), rs(r, string.digits, 3))),
        ('permit_record_number_row', lambda r: 'Record: BLD%d-%s  Type: Residential Alteration  Status: Issued' % (r.randint(24, 26), rs(r, string.digits, 6)))]),
    ('socrata_four_by_four_dataset_ids', [
        ('soda_resource_url_line', lambda r: 'GET https://data.example.gov/resource/%s.json?$limit=5000' % _four(r)),
        ('socrata_dataset_metadata_json', lambda r: '{"id":"%s","name":"Street Tree Inventory","parentFxf":["%s"]}' % (_four(r), _four(r)))]),
    ('ckan_package_and_resource_uuids', [
        ('ckan_package_show_excerpt', lambda r: '{"id": "%s", "name": "council-minutes", "resources": [{"id": "%s", "format": "PDF"}]}' % (uuid4(r), uuid4(r))),
        ('ckan_datastore_search_url', lambda r: 'https://data.example.gov/api/3/action/datastore_search?resource_id=%s&limit=100' % uuid4(r))]),
    ('legislative_matter_and_event_ids', [
        ('legistar_matters_api_item', lambda r: '{"MatterId": %d, "MatterGuid": "%s", "MatterFile": "%d-%04d"}' % (r.randint(10 ** 4, 10 ** 5), uuid4(r).upper(), r.randint(2024, 2026), r.randint(1, 9999))),
        ('agenda_item_permalink_line', lambda r: 'https://example.legistar.com/LegislationDetail.aspx?ID=%d&GUID=%s' % (r.randint(10 ** 6, 10 ** 7), uuid4(r).upper()))]),
    ('census_geoid_and_fips_codes', [
        ('tract_geoid_csv_row', lambda r: 'GEOID,NAME,POP\n%s%s%s,Census Tract %d,%d' % (rs(r, string.digits, 2), rs(r, string.digits, 3), rs(r, string.digits, 6), r.randint(1, 9999), r.randint(900, 9000))),
        ('block_group_fips_query', lambda r: 'for=block group:*&in=state:%s county:%s tract:%s' % (rs(r, string.digits, 2), rs(r, string.digits, 3), rs(r, string.digits, 6)))]),
    ('browser_exposed_public_keys', [
        ('map_widget_public_token_init', lambda r: "mapboxgl.accessToken = 'pk.eyJ1IjoiY2l0eS1naXMiLCJhIjoi%s'; // public, URL-restricted" % rs(r, A, 22)),
        ('captcha_site_key_markup', lambda r: '<div class="cf-turnstile" data-sitekey="0x4AAAAAAA%s"></div>' % rs(r, A, 14))]),
    ('redacted_portal_credentials', [
        ('integration_settings_masked_row', lambda r: 'ckan_api_token: ****************%s (last 4 shown)' % rs(r, A, 4)),
        ('audit_trail_scrubbed_line', lambda r: '2025-11-0%d 10:%02d permits-sync set NOTIFY_API_KEY=[REDACTED] by %s' % (r.randint(1, 9), r.randint(0, 59), rs(r, string.ascii_lowercase, 6)))]),
    ('civic_doc_placeholder_tokens', [
        ('env_sample_file_placeholder', lambda r: 'SOCRATA_APP_TOKEN=<your-app-token>\nNOTIFY_API_KEY=changeme\nCKAN_API_TOKEN=${CKAN_API_TOKEN}'),
        ('api_guide_curl_placeholder', lambda r: 'curl -H "X-App-Token: YOUR_APP_TOKEN_HERE" https://data.example.gov/resource/%s.json' % _four(r))]),
    ('secret_store_path_pointers', [
        ('gcp_secret_manager_resource_name', lambda r: 'NOTIFY_API_KEY=projects/city-%d/secrets/notify-live-key/versions/latest' % r.randint(100, 999)),
        ('doppler_and_infisical_reference', lambda r: 'permits_db_password: "${{ secrets.PERMITS_DB_PASSWORD }}"  # resolved at deploy, id %s' % rs(r, string.digits, 6))]),
    ('ciphertext_config_values', [
        ('jasypt_enc_wrapped_property', lambda r: 'spring.datasource.password=ENC(%s)' % b64(r, 48)),
        ('sealed_secret_encrypted_data', lambda r: 'spec:\n  encryptedData:\n    NOTIFY_API_KEY: Ag%s' % b64(r, 180).rstrip('='))]),
    ('password_talk_without_secret', [
        ('resident_portal_reset_chat', lambda r: 'Resident: I forgot my password for the permit portal. Staff: use "Forgot password" and a reset link will be emailed; we can never see or send your password.'),
        ('city_it_password_policy_line', lambda r: 'Policy %d.%d: passwords for council systems must be at least 14 characters, rotated on staff departure, and never shared in chat.' % (r.randint(1, 9), r.randint(1, 9)))]),
    ('dataset_checksums_and_etags', [
        ('open_data_download_sha256_line', lambda r: '%s  budget-fy2026.csv' % _sha(r)),
        ('resource_http_etag_header', lambda r: 'ETag: "%s"\nLast-Modified: Tue, 04 Nov 2025 08:00:00 GMT' % hashlib.md5(rs(r, A, 12).encode()).hexdigest())]),
    ('notification_delivery_receipt_ids', [
        ('notify_callback_receipt_json', lambda r: '{"id":"%s","reference":"permit-%d","status":"delivered","notification_type":"sms"}' % (uuid4(r), r.randint(10 ** 5, 10 ** 6))),
        ('sms_message_sid_log_line', lambda r: 'sent reminder sid=SM%s to ward-%d list' % (hexs(r, 32), r.randint(1, 50)))]),
    ('oidc_state_nonce_and_challenge', [
        ('logingov_authorize_redirect', lambda r: 'https://secure.login.gov/openid_connect/authorize?client_id=urn:gov:gsa:openidconnect.profiles:sp:sso:city:permits&state=%s&nonce=%s&code_challenge=%s&code_challenge_method=S256' % (hexs(r, 32), hexs(r, 32), _pkce(r))),
        ('portal_login_debug_log', lambda r: 'DEBUG oidc: state=%s nonce=%s (one-time, public in URL)' % (b64(r, 18, url=True, pad=False), b64(r, 18, url=True, pad=False)))]),
    ('ballot_and_petition_receipt_codes', [
        ('participatory_budget_vote_receipt', lambda r: 'Thank you for voting! Your receipt code is %s-%s-%s (use it to check your ballot was counted).' % (rs(r, string.ascii_uppercase, 4), rs(r, string.digits, 4), rs(r, string.ascii_uppercase, 4))),
        ('petition_signature_verification_id', lambda r: 'Signature verification id: %s (public, shown on the signatures page)' % rs(r, string.ascii_uppercase + string.digits, 12))]),
]


def generate(seed=12906):
    rng = random.Random(seed)
    out = []
    for cls, kinds in CLASSES:
        for kname, g in kinds:
            for wname, w in WRAP:
                t = w(g(rng)).replace('{n}', str(rng.randint(10 ** 5, 10 ** 6)))
                out.append({'class': cls, 'container': kname + wname, 'text': t, 'source': 'negative'})
    return out
