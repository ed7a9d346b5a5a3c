"""One record per vendor credential type used by legal / HR / public-sector back offices."""
import random
from common import *

# (type, key name, shape spec or callable)
V = [
 ("docusign_integration_secret_key", "DOCUSIGN_SECRET_KEY", "{U}"),
 ("adobe_acrobat_sign_integration_key", "ADOBE_SIGN_INTEGRATION_KEY", "3AAABLblqZh{b62}"),
 ("dropbox_sign_api_key", "HELLOSIGN_API_KEY", "{h64}"),
 ("pandadoc_api_key", "PANDADOC_API_KEY", "{h40}"),
 ("signnow_basic_authorization_token", "SIGNNOW_BASIC_TOKEN", "{s72}"),
 ("box_developer_token", "BOX_DEVELOPER_TOKEN", "{a32}"),
 ("dropbox_short_lived_access_token", "DROPBOX_ACCESS_TOKEN", "sl.B{b138}"),
 ("egnyte_oauth_access_token", "EGNYTE_TOKEN", "{l24}"),
 ("imanage_work_client_secret", "IMANAGE_CLIENT_SECRET", "{a40}"),
 ("netdocuments_api_client_secret", "NETDOCS_CLIENT_SECRET", "{a48}"),
 ("clio_manage_access_token", "CLIO_ACCESS_TOKEN", "{a40}"),
 ("mycase_api_key", "MYCASE_API_KEY", "{h48}"),
 ("practicepanther_client_secret", "PP_CLIENT_SECRET", "{U}"),
 ("filevine_api_secret", "FILEVINE_API_SECRET", "{a44}"),
 ("smokeball_client_secret", "SMOKEBALL_CLIENT_SECRET", "{l52}"),
 ("relativity_oauth_client_secret", "RELATIVITY_CLIENT_SECRET", "{h40}"),
 ("everlaw_api_token", "EVERLAW_API_TOKEN", "{b64}"),
 ("courtlistener_api_token", "COURTLISTENER_TOKEN", "{h40}"),
 ("workday_refresh_token", "WORKDAY_REFRESH_TOKEN", "{l86}"),
 ("workday_isu_password", "WORKDAY_ISU_PASSWORD", "{a12}!{d4}{a6}"),
 ("bamboohr_api_key", "BAMBOOHR_API_KEY", "{h40}"),
 ("gusto_api_access_token", "GUSTO_ACCESS_TOKEN", "{b43}"),
 ("adp_marketplace_client_secret", "ADP_CLIENT_SECRET", "{U}"),
 ("paychex_flex_client_secret", "PAYCHEX_CLIENT_SECRET", "{a32}"),
 ("rippling_api_token", "RIPPLING_API_TOKEN", "{a64}"),
 ("personio_client_secret", "PERSONIO_CLIENT_SECRET", "papi-{U}"),
 ("hibob_service_user_token", "HIBOB_SERVICE_TOKEN", "{a40}"),
 ("deel_api_token", "DEEL_API_TOKEN", "{a72}"),
 ("remote_com_api_token", "REMOTE_API_TOKEN", "ra_live_{b40}"),
 ("namely_personal_access_token", "NAMELY_TOKEN", "{a64}"),
 ("greenhouse_harvest_api_key", "GREENHOUSE_HARVEST_KEY", "{h32}"),
 ("lever_api_key", "LEVER_API_KEY", "{a48}"),
 ("workable_access_token", "WORKABLE_TOKEN", "{h64}"),
 ("smartrecruiters_api_key", "SMARTRECRUITERS_API_KEY", "DCRA1-{h32}"),
 ("ashby_api_key", "ASHBY_API_KEY", "{h64}"),
 ("teamtailor_api_key", "TEAMTAILOR_API_KEY", "{a40}"),
 ("recruitee_personal_api_token", "RECRUITEE_TOKEN", "{b40}"),
 ("checkr_api_key", "CHECKR_API_KEY", "{h40}"),
 ("certn_api_key", "CERTN_API_KEY", "{a40}"),
 ("lattice_api_key", "LATTICE_API_KEY", "{U}"),
 ("culture_amp_client_secret", "CULTUREAMP_CLIENT_SECRET", "{a48}"),
 ("fifteenfive_api_key", "FIFTEENFIVE_API_KEY", "{h40}"),
 ("justworks_api_token", "JUSTWORKS_TOKEN", "{b48}"),
 ("paylocity_client_secret", "PAYLOCITY_CLIENT_SECRET", "{s88}"),
 ("ukg_pro_customer_api_key", "UKG_CUSTOMER_API_KEY", "{u5}"),
 ("ukg_pro_user_api_key", "UKG_USER_API_KEY", "{a32}"),
 ("xero_oauth_client_secret", "XERO_CLIENT_SECRET", "{b48}"),
 ("quickbooks_online_client_secret", "QBO_CLIENT_SECRET", "{a40}"),
 ("sage_intacct_sender_password", "INTACCT_SENDER_PASSWORD", "{a16}"),
 ("freshbooks_client_secret", "FRESHBOOKS_CLIENT_SECRET", "{h64}"),
 ("expensify_partner_user_secret", "EXPENSIFY_PARTNER_SECRET", "{h40}"),
 ("ramp_api_client_secret", "RAMP_CLIENT_SECRET", "ramp_sec_{a48}"),
 ("brex_user_token", "BREX_USER_TOKEN", "bxt_{a28}"),
 ("coupa_oauth_client_secret", "COUPA_CLIENT_SECRET", "{b43}"),
 ("sap_ariba_oauth_secret", "ARIBA_OAUTH_SECRET", "{a32}"),
 ("jaggaer_api_key", "JAGGAER_API_KEY", "{h48}"),
 ("procurify_client_secret", "PROCURIFY_CLIENT_SECRET", "{a40}"),
 ("tradeshift_consumer_secret", "TRADESHIFT_CONSUMER_SECRET", "{s40}"),
 ("ivalua_api_token", "IVALUA_API_TOKEN", "{a64}"),
 ("granicus_govdelivery_api_key", "GOVDELIVERY_API_KEY", "{h32}"),
 ("socrata_app_secret_token", "SOCRATA_SECRET_TOKEN", "{b40}"),
 ("arcgis_developer_api_key", "ARCGIS_API_KEY", "AAPK{h32}{b60}"),
 ("accela_app_secret", "ACCELA_APP_SECRET", "{h32}"),
 ("opengov_api_token", "OPENGOV_API_TOKEN", "{a48}"),
 ("salesforce_oauth_refresh_token", "SF_REFRESH_TOKEN", "5Aep861{b80}"),
 ("servicenow_oauth_client_secret", "SN_CLIENT_SECRET", "{b28}"),
 ("zendesk_api_token", "ZENDESK_API_TOKEN", "{a40}"),
 ("freshdesk_api_key", "FRESHDESK_API_KEY", "{a20}"),
 ("atlassian_cloud_api_token", "ATLASSIAN_API_TOKEN", "ATATT3xFfGF0{b170}={H8}"),
 ("monday_com_api_token", "MONDAY_API_TOKEN", "jwt:monday"),
 ("clickup_personal_token", "CLICKUP_TOKEN", "pk_{d8}_{u32}"),
 ("typeform_personal_access_token", "TYPEFORM_TOKEN", "tfp_{b44}_{b14}"),
 ("jotform_api_key", "JOTFORM_API_KEY", "{h32}"),
 ("surveymonkey_access_token", "SURVEYMONKEY_TOKEN", "{b64}"),
 ("qualtrics_api_token", "QUALTRICS_API_TOKEN", "{a40}"),
 ("formstack_access_token", "FORMSTACK_TOKEN", "{h32}"),
 ("calendly_personal_access_token", "CALENDLY_TOKEN", "jwt:calendly"),
 ("webex_bot_access_token", "WEBEX_BOT_TOKEN", "{a64}_PF84_{U}"),
 ("nylas_api_key", "NYLAS_API_KEY", "nyk_v0_{a48}"),
 ("cronofy_client_secret", "CRONOFY_CLIENT_SECRET", "{b40}"),
 ("mailjet_api_secret_key", "MAILJET_SECRET_KEY", "{h32}"),
 ("brevo_api_key", "BREVO_API_KEY", "xkeysib-{h64}-{a16}"),
 ("mandrill_api_key", "MANDRILL_API_KEY", "md-{b22}"),
 ("sparkpost_api_key", "SPARKPOST_API_KEY", "{h40}"),
 ("lob_live_api_key", "LOB_API_KEY", "live_{h35}"),
 ("okta_api_token", "OKTA_API_TOKEN", "00{b40}"),
 ("auth0_management_api_token", "AUTH0_MGMT_TOKEN", "jwt:auth0"),
 ("onelogin_api_client_secret", "ONELOGIN_CLIENT_SECRET", "{h64}"),
 ("jumpcloud_api_key", "JUMPCLOUD_API_KEY", "jca_{a36}"),
 ("duo_admin_api_secret_key", "DUO_SECRET_KEY", "{a40}"),
 ("citrix_sharefile_client_secret", "SHAREFILE_CLIENT_SECRET", "{a40}"),
 ("slack_user_oauth_token", "SLACK_USER_TOKEN", "xoxp-{d11}-{d12}-{d13}-{h32}"),
 ("persona_production_api_key", "PERSONA_API_KEY", "persona_production_{U}"),
 ("onfido_live_api_token", "ONFIDO_API_TOKEN", "api_live.{b11}.{b32}"),
 ("veriff_shared_secret_key", "VERIFF_SHARED_SECRET", "{U}"),
 ("jumio_api_secret", "JUMIO_API_SECRET", "{a32}"),
 ("paypal_rest_client_secret", "PAYPAL_CLIENT_SECRET", "E{b79}"),
 ("square_production_access_token", "SQUARE_ACCESS_TOKEN", "EAAA{b60}"),
 ("gocardless_live_access_token", "GOCARDLESS_ACCESS_TOKEN", "live_{b40}"),
 ("plaid_api_secret", "PLAID_SECRET", "{h30}"),
 ("wise_personal_api_token", "WISE_API_TOKEN", "{U}"),
 ("adyen_api_key", "ADYEN_API_KEY", "AQE{b20}+{b60}=-{b40}"),
 ("api_data_gov_key", "API_DATA_GOV_KEY", "{a40}"),
 ("companies_house_api_key", "COMPANIES_HOUSE_API_KEY", "{U}"),
 ("sam_gov_api_key", "SAM_GOV_API_KEY", "SAM-{U}"),
 ("hmrc_developer_client_secret", "HMRC_CLIENT_SECRET", "{U}"),
 ("truelayer_client_secret", "TRUELAYER_CLIENT_SECRET", "{U}"),
 ("docuware_oauth_client_secret", "DOCUWARE_CLIENT_SECRET", "{a48}"),
 ("adobe_pdf_services_client_secret", "PDF_SERVICES_CLIENT_SECRET", "p8e-{b32}"),
 ("cloudconvert_api_key", "CLOUDCONVERT_API_KEY", "jwt:cloudconvert"),
 ("convertapi_secret", "CONVERTAPI_SECRET", "{a16}"),
 ("ilovepdf_secret_key", "ILOVEPDF_SECRET_KEY", "secret_key_{h32}"),
 ("docraptor_api_key", "DOCRAPTOR_API_KEY", "{a20}"),
 ("api2pdf_api_key", "API2PDF_KEY", "{U}"),
 ("deepl_api_auth_key", "DEEPL_AUTH_KEY", "{U}:fx"),
 ("fireflies_api_key", "FIREFLIES_API_KEY", "{U}"),
 ("vonage_api_secret", "VONAGE_API_SECRET", "{a16}"),
 ("plivo_auth_token", "PLIVO_AUTH_TOKEN", "{a40}"),
 ("telnyx_api_v2_key", "TELNYX_API_KEY", "KEY0{H28}_{a22}"),
 ("harvest_personal_access_token", "HARVEST_ACCESS_TOKEN", "{d7}.pt.{b84}"),
 ("toggl_track_api_token", "TOGGL_API_TOKEN", "{h32}"),
 ("clockify_api_key", "CLOCKIFY_API_KEY", "{s48}"),
 ("amazon_ses_smtp_password", "SES_SMTP_PASSWORD", "B{s43}"),
 ("mindee_api_key", "MINDEE_API_KEY", "{h32}"),
 ("rossum_api_token", "ROSSUM_API_TOKEN", "{h40}"),
 ("ironclad_api_token", "IRONCLAD_API_TOKEN", "{b64}"),
]

STYLES = {
 "hr_integration_env_line": "<<k>>=<<v>>\n",
 "case_system_properties_entry": "# <<vendor>> connector, owner <<person>>\n<<kl>> = <<v>>\n",
 "esign_admin_console_ocr": "Settings > Integrations > <<vendor>>\nCredential | <<k>>\nValue      | <<v>>\n[ Save ]  [ Cancel ]\n",
 "procurement_attachment_yaml": "# attachment 3 to tender <<case>>\nintegration:\n  vendor: <<vendor>>\n  <<kl>>: \"<<v>>\"\n",
 "helpdesk_ticket_comment_paste": "Ticket INC<<num>> \u2013 comment by <<person>>\nStill failing after the reset. Using <<k>> <<v>> as you asked, same error 401.\n",
 "payroll_onboarding_email": "Subject: <<vendor>> integration go-live <<date>>\n\nHi <<person2>>,\nhere are the production settings for your records:\n  <<k>>: <<v>>\nKind regards,\n<<person>>\n",
 "scheduled_task_ps1_script": "# Task Scheduler: Sync-<<vendor>> (runs as <<user>>)\n$<<k>> = \"<<v>>\"\nInvoke-RestMethod -Uri https://<<host>>/sync -Method Post\n",
 "docmgmt_connector_json": "{\"connector\": \"<<vendor>>\", \"enabled\": true, \"auth\": {\"<<kl>>\": \"<<v>>\"}}\n",
 "council_it_minutes_bullet": "IT steering group, <<date>>\n- <<vendor>> rollout on track (<<person>>)\n- Interim credential shared in meeting: <<k>> = <<v>> (to be moved to vault)\n",
 "group_vars_plaintext_yaml": "---\n# group_vars/hr_servers.yml\n<<kl>>: \"<<v>>\"\nntp_server: time.agency.example\n",
 "windows_registry_export_reg": "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Agency\\<<vendor>>]\n\"<<k>>\"=\"<<v>>\"\n",
 "dotnet_appsettings_json": "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Warning\" } },\n  \"<<vendor>>\": { \"<<k>>\": \"<<v>>\" }\n}\n",
}
STYLE_NAMES = list(STYLES)


def _jwt(rng, which):
    if which == "monday":
        return jwt_like(rng, {"tid": rng.randint(10**8, 10**9), "aai": 11, "uid": rng.randint(10**7, 10**8), "iad": "2026-01-%02dT10:00:00.000Z" % rng.randint(1, 28), "per": "me:write", "actid": rng.randint(10**6, 10**7), "rgn": "euc1"}, "HS256", 43)
    if which == "calendly":
        return jwt_like(rng, {"iss": "https://auth.calendly.com", "iat": 1760000000 + rng.randint(0, 10**7), "jti": ruuid(rng), "user_uuid": ruuid(rng)}, "ES512", 176)
    if which == "auth0":
        return jwt_like(rng, {"iss": "https://agency-hr.eu.auth0.com/", "sub": rs(rng, 32) + "@clients", "aud": "https://agency-hr.eu.auth0.com/api/v2/", "scope": "read:users update:users", "gty": "client-credentials"}, "RS256", 342)
    return jwt_like(rng, {"aud": "1", "jti": rs(rng, 80, HEX), "sub": str(rng.randint(10**7, 10**8)), "scopes": ["task.read", "task.write"]}, "RS256", 342)


def vendor_label(t):
    return t.split("_")[0].capitalize()


def generate(pool):
    rng = random.Random(5802)
    out = []
    for i, (t, k, spec) in enumerate(V):
        style = STYLE_NAMES[i % len(STYLE_NAMES)]
        while True:
            v = _jwt(rng, spec[4:]) if spec.startswith("jwt:") else shape(rng, spec)
            if v not in pool:
                break
        pool.add(v)
        d = fillers(rng)
        d.update({"k": k, "kl": k.lower(), "v": mark(v), "vendor": vendor_label(t)})
        text, spans = unmark(fill(STYLES[style], d), t)
        out.append({"type": t, "container": t + "__" + style, "text": text, "secrets": spans, "source": "vendor"})
    return out
