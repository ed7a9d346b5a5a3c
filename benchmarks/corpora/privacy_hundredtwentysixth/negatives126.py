"""Hard negatives from the museum / gallery / auction world."""
import random, hashlib, string
from common126 import *
D = string.digits
def acc(r): return f'{r.randint(1890, 2025)}.{r.randint(1, 400)}.{r.randint(1, 60)}'
def md5(r): return hashlib.md5(rs(r, ALNUM, 20).encode()).hexdigest()
def sha256(r): return hashlib.sha256(rs(r, ALNUM, 20).encode()).hexdigest()
def sha1(r): return hashlib.sha1(rs(r, ALNUM, 20).encode()).hexdigest()

C = {
 'museum_object_accession_numbers': [
   ('emu_catalogue_export_csv', lambda r: 'irn,accession,title\n' + '\n'.join(f'{r.randint(10**6, 10**7)},{acc(r)},Untitled study {i}' for i in range(3))),
   ('loan_out_accession_list', lambda r: 'Outgoing loan objects: ' + ', '.join(f'L.{r.randint(2015, 2026)}.{r.randint(1, 99)}' for _ in range(3)) + ' and ' + acc(r))],
 'iiif_manifest_and_canvas_identifiers': [
   ('iiif_presentation_manifest_json', lambda r: '{ "id": "https://iiif.example.org/manifest/' + uuid4(r) + '", "type": "Manifest", "items": [{ "id": "https://iiif.example.org/canvas/' + rs(r, HEX, 24) + '" }] }'),
   ('iiif_image_info_request_log', lambda r: f'GET /iiif/3/{rs(r, HEX, 32)}/full/max/0/default.jpg 200 {r.randint(10000, 900000)}')],
 'digitisation_fixity_checksums': [
   ('bagit_manifest_sha256_lines', lambda r: '\n'.join(f'{sha256(r)}  data/capture_{i:04d}.tif' for i in range(3))),
   ('preservation_md5_fixity_report', lambda r: f'fixity check OK md5={md5(r)} file=master_{r.randint(1, 9999)}.tif')],
 'auction_lot_and_paddle_numbers': [
   ('sale_results_csv_rows', lambda r: 'sale,lot,paddle,hammer\n' + '\n'.join(f'NY{r.randint(20000, 29999)},{r.randint(1, 400)},{r.randint(100, 999)},{r.randint(1, 900)}000' for _ in range(3))),
   ('clerk_sheet_bid_log', lambda r: f'Lot {r.randint(1, 300)} sold to paddle {r.randint(100, 2000)} (absentee ref AB-{rs(r, UHEX, 10)})')],
 'admission_ticket_and_order_references': [
   ('ticket_barcode_scan_log', lambda r: '\n'.join(f'scan ok barcode={rs(r, D, 16)} gate=North order=ORD-{rs(r, UHEX, 8)}' for _ in range(2))),
   ('timed_entry_confirmation_email', lambda r: f'Your booking reference is {rs(r, string.ascii_uppercase + D, 8)} for 14:30 entry. Order {r.randint(10**7, 10**8)}.')],
 'membership_card_identifiers': [
   ('member_card_export_rows', lambda r: '\n'.join((lambda n: f'member,{n}{luhn_digit(n)},Gold')('63' + rs(r, D, 13)) for _ in range(3))),
   ('wallet_pass_serial_json', lambda r: '{ "passTypeIdentifier": "pass.org.example.members", "serialNumber": "' + uuid4(r) + '" }')],
 'public_widget_embed_keys': [
   ('donation_widget_publishable_key', lambda r: f'<script>Stripe("pk_live_{rs(r, ALNUM, 99)}")</script>'),
   ('ticket_widget_public_client_id', lambda r: f'<div data-widget-client="pub_{rs(r, LOWALNUM, 24)}" data-venue="main-hall"></div>')],
 'masked_collection_system_credentials': [
   ('cms_settings_page_masked', lambda r: f'EMu password: ******** (last changed {r.randint(1, 28)} Mar)\nAPI key: ****{rs(r, HEX, 4)}'),
   ('bid_service_log_redacted', lambda r: 'POST /bids auth=[REDACTED] paddle=' + str(r.randint(100, 999)) + ' secret=***')],
 'catalogue_api_placeholder_values': [
   ('collections_api_env_example', lambda r: 'COLLECTIONS_API_KEY=<your-collections-api-key>\nIIIF_ADMIN_PASSWORD=changeme\nBID_HMAC_SECRET='),
   ('open_access_api_docs_snippet', lambda r: 'curl "https://api.example.org/objects?apikey=YOUR_API_KEY&q=vermeer"  # replace YOUR_API_KEY')],
 'museum_secret_manager_references': [
   ('gcp_secret_manager_resource_names', lambda r: f'projects/museum-{r.randint(100, 999)}/secrets/emu-db-password/versions/{r.randint(1, 9)}'),
   ('doppler_and_vault_path_refs', lambda r: 'IIIF_ADMIN_PASSWORD: ${{ secrets.IIIF_ADMIN_PASSWORD }}\nvault: kv/data/museum/tessitura#password')],
 'encrypted_settings_ciphertexts': [
   ('ansible_vault_header_blob', lambda r: '$ANSIBLE_VAULT;1.1;AES256\n' + '\n'.join(rs(r, D + 'abcdef', 80) for _ in range(2))),
   ('rails_credentials_enc_blob', lambda r: 'config/credentials.yml.enc: ' + b64bytes(r, 48) + '--' + b64bytes(r, 12) + '--' + b64bytes(r, 16))],
 'gallery_password_talk_without_secret': [
   ('front_of_house_password_policy', lambda r: f'Reminder: kiosk passwords rotate every {r.randint(30, 90)} days; never write them on the plinth labels. Ask IT if you are locked out.'),
   ('registrar_chat_asks_for_reset', lambda r: 'registrar: my EMu password expired again, can someone reset it? I will set a new one myself.')],
 'provenance_authority_identifiers': [
   ('getty_ulan_wikidata_links', lambda r: f'artist: ulan:{r.randint(500000000, 500999999)} wikidata:Q{r.randint(1000, 99999999)} viaf:{r.randint(10**7, 10**9)}'),
   ('provenance_event_rdf_turtle', lambda r: f'<https://prov.example.org/event/{uuid4(r)}> a crm:E8_Acquisition ; crm:P22 <https://prov.example.org/actor/{r.randint(1, 99999)}> .')],
 'audio_guide_beacon_and_rfid_ids': [
   ('ibeacon_inventory_table', lambda r: '\n'.join(f'{uuid4(r).upper()} major={r.randint(1, 65535)} minor={r.randint(1, 65535)} room={r.randint(1, 40)}' for _ in range(2))),
   ('rfid_epc_tag_read_log', lambda r: '\n'.join(f'EPC {rs(r, UHEX, 24)} rssi=-{r.randint(40, 80)} reader=vault-2' for _ in range(2)))],
 'persistent_identifiers_doi_ark_handle': [
   ('catalogue_citation_block', lambda r: f'Cite as: doi:10.{r.randint(1000, 99999)}/{rs(r, LOWALNUM, 8)} (ark:/{r.randint(10000, 99999)}/{rs(r, LOWALNUM, 10)})'),
   ('repository_handle_list', lambda r: '\n'.join(f'hdl:{r.randint(1000, 99999)}/{r.randint(1, 999999)}' for _ in range(3)))],
 'xmp_and_exif_image_uids': [
   ('xmp_document_instance_ids', lambda r: f'xmpMM:DocumentID="xmp.did:{uuid4(r)}"\nxmpMM:InstanceID="xmp.iid:{uuid4(r)}"'),
   ('exiftool_image_unique_id_output', lambda r: f'Image Unique ID                 : {rs(r, UHEX, 32)}\nOriginal Document ID            : {rs(r, UHEX, 32)}')],
}
WRAP = [None, ('in_registrar_slack_thread', 'registrar thread:\n> {t}\nlooks fine to me'),
        ('in_collections_it_ticket', 'Ticket MUS-{n}: please check\n---\n{t}\n---'),
        ('in_catalogue_pr_review', 'Review comment on catalogue PR #{n}:\n```\n{t}\n```'),
        ('in_digitisation_wiki_page', '== Digitisation notes ==\n{t}'),
        ('in_loan_partner_mail', 'Dear colleagues,\nfor reference:\n{t}\nKind regards')]

def build():
    r = random.Random(12606)
    out = []
    for cls, kinds in C.items():
        for kind, g in kinds:
            for w in WRAP:
                t = g(r)
                if w is None:
                    out.append(dict(class_=cls, container=kind, text=t))
                else:
                    out.append(dict(class_=cls, container=f'{kind}__{w[0]}', text=w[1].replace('{t}', t).replace('{n}', str(r.randint(100, 9999)))))
    return out
