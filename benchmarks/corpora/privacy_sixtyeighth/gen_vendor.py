"""Vendor part: one record per hospitality / travel / events vendor credential type, 12 styles cycled."""
import random
from common import *

# type | env var name | shape ('lit = literal, h hex, H HEX, a alnum, l lower+digit, d digits, b base64url, s base64 chars, u uuid, U UUID, p owner password, j JWT)
SPEC = """
amadeus_self_service_api_secret|AMADEUS_CLIENT_SECRET|a16
amadeus_enterprise_wbs_office_password|AMADEUS_WBS_PASSWORD|p
sabre_dev_studio_client_secret|SABRE_CLIENT_SECRET|a8
sabre_sws_epr_password|SABRE_EPR_PASSWORD|p
travelport_universal_api_password|TRAVELPORT_UAPI_PASSWORD|p
travelport_json_api_client_secret|TRAVELPORT_CLIENT_SECRET|a32
duffel_live_access_token|DUFFEL_ACCESS_TOKEN|'duffel_live_ b43
kiwi_tequila_api_key|TEQUILA_APIKEY|a32
travelpayouts_partner_token|TRAVELPAYOUTS_TOKEN|h32
flightaware_aeroapi_key|AEROAPI_KEY|a32
aviationstack_access_key|AVIATIONSTACK_ACCESS_KEY|h32
oag_flight_info_subscription_key|OAG_SUBSCRIPTION_KEY|h32
cirium_flightstats_app_key|FLIGHTSTATS_APP_KEY|h32
lufthansa_open_api_client_secret|LH_API_CLIENT_SECRET|a10
air_france_klm_api_secret|AFKLM_API_SECRET|a10
skyscanner_partner_api_key|SKYSCANNER_API_KEY|l32
hotelbeds_apitude_shared_secret|HOTELBEDS_SECRET|l10
expedia_rapid_api_shared_secret|EAN_RAPID_SECRET|a28
booking_com_connectivity_machine_password|BOOKING_XML_PASSWORD|p
mews_connector_access_token|MEWS_ACCESS_TOKEN|H32 '- H31
mews_connector_client_token|MEWS_CLIENT_TOKEN|H32 '- H31 '-x
cloudbeds_api_access_key|CLOUDBEDS_API_KEY|'cbat_ a32
apaleo_oauth_client_secret|APALEO_CLIENT_SECRET|a44
opera_cloud_ohip_client_secret|OHIP_CLIENT_SECRET|'ohip- b40
opera_ohip_app_key|OHIP_APP_KEY|u
siteminder_pmsxchange_password|SMX_PASSWORD|p
guesty_open_api_client_secret|GUESTY_CLIENT_SECRET|b64
hostaway_account_api_secret|HOSTAWAY_API_SECRET|h64
lodgify_public_api_key|LODGIFY_API_KEY|s64
beds24_api_v2_refresh_token|BEDS24_REFRESH_TOKEN|s88
channex_user_api_key|CHANNEX_API_KEY|s48
rentals_united_api_password|RU_API_PASSWORD|p
staah_max_api_key|STAAH_API_KEY|H40
dedge_channel_api_secret|DEDGE_API_SECRET|a36
rategain_rezgain_api_key|REZGAIN_API_KEY|u
ideas_g3_rms_client_secret|IDEAS_CLIENT_SECRET|b48
duetto_api_access_token|DUETTO_TOKEN|h40
atomize_rms_api_key|ATOMIZE_API_KEY|a48
ota_insight_api_token|OTAINSIGHT_TOKEN|a40
little_hotelier_api_key|LITTLE_HOTELIER_KEY|h32
roomraccoon_api_token|ROOMRACCOON_TOKEN|a60
eviivo_partner_api_secret|EVIIVO_API_SECRET|a32
sabre_synxis_channel_connect_password|SYNXIS_CC_PASSWORD|p
oracle_simphony_transaction_services_secret|SIMPHONY_STS_SECRET|b40
toast_partner_client_secret|TOAST_CLIENT_SECRET|b64
lightspeed_restaurant_k_series_client_secret|LSK_CLIENT_SECRET|a40
clover_merchant_api_token|CLOVER_API_TOKEN|u
revel_systems_api_secret|REVEL_API_SECRET|h64
touchbistro_cloud_api_key|TOUCHBISTRO_API_KEY|a32
spoton_restaurant_api_key|SPOTON_API_KEY|a40
deliverect_client_secret|DELIVERECT_CLIENT_SECRET|b48
olo_ordering_api_key|OLO_API_KEY|a32
uber_eats_marketplace_client_secret|UBEREATS_CLIENT_SECRET|b40
deliveroo_partner_api_secret|DELIVEROO_API_SECRET|a48
just_eat_takeaway_api_key|JET_API_KEY|h32
opentable_partner_client_secret|OPENTABLE_CLIENT_SECRET|a40
resy_partner_api_key|RESY_API_KEY|a32
sevenrooms_venue_api_secret|SEVENROOMS_SECRET|h128
tock_partner_api_token|TOCK_API_TOKEN|a40
thefork_manager_api_key|THEFORK_API_KEY|u
zenchef_partner_api_token|ZENCHEF_API_TOKEN|h40
yelp_fusion_api_key|YELP_API_KEY|b128
tripadvisor_content_api_key|TRIPADVISOR_API_KEY|U
foursquare_places_api_key|FOURSQUARE_API_KEY|'fsq3 s44
eventbrite_private_oauth_token|EVENTBRITE_PRIVATE_TOKEN|u20
ticketmaster_discovery_consumer_secret|TM_CONSUMER_SECRET|a16
ticket_tailor_api_key|TICKET_TAILOR_API_KEY|'sk_ d4 '_ d6 '_ h32
tito_admin_api_token|TITO_API_TOKEN|'secret_live_ a20
pretix_organizer_api_token|PRETIX_API_TOKEN|l64
cvent_rest_api_client_secret|CVENT_CLIENT_SECRET|a52
bizzabo_partner_api_key|BIZZABO_API_KEY|h40
swapcard_developer_api_key|SWAPCARD_API_KEY|a40
whova_organizer_api_token|WHOVA_API_TOKEN|a32
zkipster_guestlist_api_key|ZKIPSTER_API_KEY|h48
weezevent_api_key|WEEZEVENT_API_KEY|h32
dice_fm_partner_api_token|DICE_API_TOKEN|j
universe_ticketing_client_secret|UNIVERSE_CLIENT_SECRET|h64
see_tickets_partner_api_secret|SEETICKETS_SECRET|a40
viator_partner_exp_api_key|VIATOR_API_KEY|u
getyourguide_supplier_api_token|GYG_API_TOKEN|a48
rezdy_supplier_api_key|REZDY_API_KEY|h32
fareharbor_user_api_key|FAREHARBOR_USER_KEY|u
bokun_access_secret_key|BOKUN_SECRET_KEY|h32
checkfront_api_secret|CHECKFRONT_API_SECRET|h64
tourcms_marketplace_api_key|TOURCMS_API_KEY|h16
peek_pro_partner_api_key|PEEK_API_KEY|a32
regiondo_private_api_key|REGIONDO_PRIVATE_KEY|h40
trekksoft_api_secret|TREKKSOFT_SECRET|a40
sncf_navitia_api_token|NAVITIA_TOKEN|u
db_api_marketplace_client_secret|DB_CLIENT_SECRET|h32
trainline_partner_api_key|TRAINLINE_API_KEY|a40
rome2rio_api_key|ROME2RIO_KEY|a8
sap_concur_app_client_secret|CONCUR_CLIENT_SECRET|u
travelperk_api_key|TRAVELPERK_API_KEY|a40
navan_partner_api_token|NAVAN_API_TOKEN|b48
adyen_checkout_api_key|ADYEN_API_KEY|'AQE d1 a60
adyen_notification_hmac_key|ADYEN_HMAC_KEY|H64
checkout_com_secret_key|CKO_SECRET_KEY|'sk_ u
braintree_private_key|BRAINTREE_PRIVATE_KEY|h32
paypal_rest_client_secret|PAYPAL_CLIENT_SECRET|'E b79
mollie_live_api_key|MOLLIE_API_KEY|'live_ a30
worldpay_access_checkout_password|WORLDPAY_PASSWORD|p
whatsapp_cloud_system_user_token|WHATSAPP_TOKEN|'EAAG a180
infobip_sms_api_key|INFOBIP_API_KEY|h32 '- u
sinch_sms_service_plan_token|SINCH_API_TOKEN|h32
mailchimp_marketing_api_key|MAILCHIMP_API_KEY|h32 '-us d2
mandrill_transactional_api_key|MANDRILL_KEY|'md- b22
sparkpost_api_key|SPARKPOST_API_KEY|h40
freshdesk_api_key|FRESHDESK_API_KEY|a20
gorgias_api_key|GORGIAS_API_KEY|h64
trustyou_connect_api_key|TRUSTYOU_API_KEY|u
revinate_api_secret|REVINATE_SECRET|h64
cisco_meraki_dashboard_api_key|MERAKI_API_KEY|h40
seam_smart_lock_api_key|SEAM_API_KEY|'seam_ a9 '_ a28
nuki_web_api_token|NUKI_API_TOKEN|h64
salto_ks_client_secret|SALTO_KS_SECRET|b44
remotelock_connect_client_secret|REMOTELOCK_SECRET|h64
sentry_user_auth_token|SENTRY_AUTH_TOKEN|'sntryu_ h64
postman_api_key|POSTMAN_API_KEY|'PMAK- h24 '- h34
contentful_management_token|CONTENTFUL_CMA_TOKEN|'CFPAT- b43
supabase_personal_access_token|SUPABASE_ACCESS_TOKEN|'sbp_ h40
airtable_personal_access_token|AIRTABLE_PAT|'pat a14 '. h64
hashicorp_vault_service_token|VAULT_TOKEN|'hvs. a90
databricks_workspace_token|DATABRICKS_TOKEN|'dapi h32
grafana_service_account_token|GRAFANA_SA_TOKEN|'glsa_ a32 '_ h8
linear_personal_api_key|LINEAR_API_KEY|'lin_api_ a40
pulumi_access_token|PULUMI_ACCESS_TOKEN|'pul- h40
typeform_personal_access_token|TYPEFORM_TOKEN|'tfp_ a44 '_ a14
datadog_application_key|DD_APP_KEY|h40
"""

def gen(r, shape):
    out = []
    for tok in shape.split():
        c, n = tok[0], tok[1:]
        if c == "'": out.append(n); continue
        if c == 'p': out.append(pw(r)); continue
        if c == 'u':
            out.append(uuid(r) if not n else an(r, int(n)).upper()); continue
        if c == 'U': out.append(uuid(r, True)); continue
        if c == 'j':
            out.append(jwt(r, {'sub': 'partner-' + s(r, DIG, 6), 'scope': 'events:read', 'iat': 1700000000 + r.randrange(10**7)})); continue
        n = int(n)
        out.append({'h': hx, 'H': HX, 'a': an, 'l': ld, 'b': bu, 'd': lambda r, n: s(r, DIG, n),
                    's': lambda r, n: s(r, ALN + '+/', n)}[c](r, n))
    return ''.join(out)

STYLES = {
 'opera_ifc_registry_export_reg': 'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\PropertyLink\\Partners]\n"{K}"="{v}"\n',
 'pms_middleware_appsettings_json': '{{\n  "Partners": {{\n    "{K}": "{v}"\n  }}\n}}\n',
 'booking_engine_laravel_env_line': 'APP_ENV=production\n{K}={v}\n',
 'gds_connector_spring_yaml': 'connector:\n  credentials:\n    {k}: {v}\n',
 'channel_sync_docker_secret_echo': "printf '%s' '{v}' | docker secret create {k} -\n",
 'ticketing_heroku_config_set': 'heroku config:set {K}={v} --app ticketing-prod\n',
 'hotel_group_vault_kv_put': 'vault kv put secret/partners {k}={v}\n',
 'pos_tablet_mdm_restriction_xml': '<restrictions>\n  <string name="{k}">{v}</string>\n</restrictions>\n',
 'event_app_github_actions_secret_set': 'gh secret set {K} --body "{v}" --repo events/checkin-app\n',
 'tour_portal_netlify_toml_env': '[build.environment]\n  {K} = "{v}"\n',
 'revenue_team_jupyter_cell': "In [3]: import os\n   ...: os.environ['{K}'] = '{v}'\n",
 'travel_it_onepager_docx_text': 'Partner credentials (do not forward)\n{K}\t{v}\nOwner: distribution team\n',
}

def build(pool):
    r = random.Random(6802)
    rows = [l.split('|') for l in SPEC.strip().splitlines()]
    styles = list(STYLES)
    out = []
    for i, (t, env, shape) in enumerate(rows):
        st = styles[i % len(styles)]
        v = pool.take(lambda: gen(r, shape))
        text = fill(STYLES[st], v, K=env, k=env.lower())
        out.append({'type': t, 'container': t + '__' + st, 'text': text, 'secrets': [span(text, v, t)], 'source': 'vendor'})
    return out
