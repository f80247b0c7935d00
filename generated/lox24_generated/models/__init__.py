"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_groups import AccountGroups
    from .batch_item_error import BatchItemError
    from .batch_item_error_jsonld import BatchItemErrorJsonld
    from .blocked_number import BlockedNumber
    from .blocked_number_collection import BlockedNumberCollection
    from .blocked_number_type import BlockedNumberType
    from .blocked_number_write import BlockedNumberWrite
    from .bulk import Bulk
    from .bulk_email_parsing_fail_event import BulkEmailParsingFailEvent
    from .bulk_email_parsing_fail_event_data import BulkEmailParsingFailEventData
    from .bulk_email_parsing_success_event import BulkEmailParsingSuccessEvent
    from .bulk_email_parsing_success_event_data import BulkEmailParsingSuccessEventData
    from .bulk_status import BulkStatus
    from .bulk_status_code import BulkStatusCode
    from .bulk_status_collection import BulkStatusCollection
    from .bulk_write import BulkWrite
    from .campaign import Campaign
    from .campaign_collection import CampaignCollection
    from .campaign_type import CampaignType
    from .campaign_write import CampaignWrite
    from .connection_type import ConnectionType
    from .currency import Currency
    from .dlr_code import DlrCode
    from .error import Error
    from .error_violations_item import ErrorViolationsItem
    from .fraud_check import FraudCheck
    from .fraud_check_address import FraudCheckAddress
    from .fraud_check_address_write import FraudCheckAddressWrite
    from .fraud_check_collection import FraudCheckCollection
    from .fraud_check_done_event import FraudCheckDoneEvent
    from .fraud_check_done_event_data import FraudCheckDoneEventData
    from .fraud_check_email import FraudCheckEmail
    from .fraud_check_ip import FraudCheckIp
    from .fraud_check_phone import FraudCheckPhone
    from .fraud_check_status_code import FraudCheckStatusCode
    from .fraud_check_write import FraudCheckWrite
    from .fraud_service_code import FraudServiceCode
    from .group import Group
    from .group_collection import GroupCollection
    from .group_write import GroupWrite
    from .group_write_phones_type_0 import GroupWritePhonesType0
    from .hydra_search import HydraSearch
    from .hydra_search_hydramapping_type_0_item import HydraSearchHydramappingType0Item
    from .hydra_view import HydraView
    from .inbound_email import InboundEmail
    from .incoming import Incoming
    from .incoming_collection import IncomingCollection
    from .ordering import Ordering
    from .parsed_email_bulk import ParsedEmailBulk
    from .parsed_email_sms import ParsedEmailSms
    from .phone import Phone
    from .phone_batch_item import PhoneBatchItem
    from .phone_batch_item_jsonld import PhoneBatchItemJsonld
    from .phone_batch_result_jsonld import PhoneBatchResultJsonld
    from .phone_collection import PhoneCollection
    from .phone_subscribe_event import PhoneSubscribeEvent
    from .phone_subscribe_event_data import PhoneSubscribeEventData
    from .phone_unsubscribe_details import PhoneUnsubscribeDetails
    from .phone_unsubscribe_event import PhoneUnsubscribeEvent
    from .phone_unsubscribe_event_data import PhoneUnsubscribeEventData
    from .phone_unsubscribe_reason_info import PhoneUnsubscribeReasonInfo
    from .phone_write import PhoneWrite
    from .proxy_type import ProxyType
    from .service_code import ServiceCode
    from .short_link import ShortLink
    from .short_link_collection import ShortLinkCollection
    from .short_link_request import ShortLinkRequest
    from .short_link_request_collection import ShortLinkRequestCollection
    from .sms import Sms
    from .sms_batch_result import SmsBatchResult
    from .sms_clicks import SmsClicks
    from .sms_clicks_collection import SmsClicksCollection
    from .sms_collection import SmsCollection
    from .sms_delivery_dryrun_event import SmsDeliveryDryrunEvent
    from .sms_delivery_event import SmsDeliveryEvent
    from .sms_delivery_event_data import SmsDeliveryEventData
    from .sms_email_parsing_fail_event import SmsEmailParsingFailEvent
    from .sms_email_parsing_fail_event_data import SmsEmailParsingFailEventData
    from .sms_email_parsing_success_event import SmsEmailParsingSuccessEvent
    from .sms_email_parsing_success_event_data import SmsEmailParsingSuccessEventData
    from .sms_incoming_event import SmsIncomingEvent
    from .sms_incoming_event_data import SmsIncomingEventData
    from .sms_status_code import SmsStatusCode
    from .sms_write import SmsWrite
    from .subscribe_campaign_write import SubscribeCampaignWrite
    from .unsubscribe_reason import UnsubscribeReason
    from .voice_lang import VoiceLang
    from .webhook_event import WebhookEvent

#: The module that defines each model, relative to this package.
_MODULES = {
    "Account": ".account",
    "AccountGroups": ".account_groups",
    "BatchItemError": ".batch_item_error",
    "BatchItemErrorJsonld": ".batch_item_error_jsonld",
    "BlockedNumber": ".blocked_number",
    "BlockedNumberCollection": ".blocked_number_collection",
    "BlockedNumberType": ".blocked_number_type",
    "BlockedNumberWrite": ".blocked_number_write",
    "Bulk": ".bulk",
    "BulkEmailParsingFailEvent": ".bulk_email_parsing_fail_event",
    "BulkEmailParsingFailEventData": ".bulk_email_parsing_fail_event_data",
    "BulkEmailParsingSuccessEvent": ".bulk_email_parsing_success_event",
    "BulkEmailParsingSuccessEventData": ".bulk_email_parsing_success_event_data",
    "BulkStatus": ".bulk_status",
    "BulkStatusCode": ".bulk_status_code",
    "BulkStatusCollection": ".bulk_status_collection",
    "BulkWrite": ".bulk_write",
    "Campaign": ".campaign",
    "CampaignCollection": ".campaign_collection",
    "CampaignType": ".campaign_type",
    "CampaignWrite": ".campaign_write",
    "ConnectionType": ".connection_type",
    "Currency": ".currency",
    "DlrCode": ".dlr_code",
    "Error": ".error",
    "ErrorViolationsItem": ".error_violations_item",
    "FraudCheck": ".fraud_check",
    "FraudCheckAddress": ".fraud_check_address",
    "FraudCheckAddressWrite": ".fraud_check_address_write",
    "FraudCheckCollection": ".fraud_check_collection",
    "FraudCheckDoneEvent": ".fraud_check_done_event",
    "FraudCheckDoneEventData": ".fraud_check_done_event_data",
    "FraudCheckEmail": ".fraud_check_email",
    "FraudCheckIp": ".fraud_check_ip",
    "FraudCheckPhone": ".fraud_check_phone",
    "FraudCheckStatusCode": ".fraud_check_status_code",
    "FraudCheckWrite": ".fraud_check_write",
    "FraudServiceCode": ".fraud_service_code",
    "Group": ".group",
    "GroupCollection": ".group_collection",
    "GroupWrite": ".group_write",
    "GroupWritePhonesType0": ".group_write_phones_type_0",
    "HydraSearch": ".hydra_search",
    "HydraSearchHydramappingType0Item": ".hydra_search_hydramapping_type_0_item",
    "HydraView": ".hydra_view",
    "InboundEmail": ".inbound_email",
    "Incoming": ".incoming",
    "IncomingCollection": ".incoming_collection",
    "Ordering": ".ordering",
    "ParsedEmailBulk": ".parsed_email_bulk",
    "ParsedEmailSms": ".parsed_email_sms",
    "Phone": ".phone",
    "PhoneBatchItem": ".phone_batch_item",
    "PhoneBatchItemJsonld": ".phone_batch_item_jsonld",
    "PhoneBatchResultJsonld": ".phone_batch_result_jsonld",
    "PhoneCollection": ".phone_collection",
    "PhoneSubscribeEvent": ".phone_subscribe_event",
    "PhoneSubscribeEventData": ".phone_subscribe_event_data",
    "PhoneUnsubscribeDetails": ".phone_unsubscribe_details",
    "PhoneUnsubscribeEvent": ".phone_unsubscribe_event",
    "PhoneUnsubscribeEventData": ".phone_unsubscribe_event_data",
    "PhoneUnsubscribeReasonInfo": ".phone_unsubscribe_reason_info",
    "PhoneWrite": ".phone_write",
    "ProxyType": ".proxy_type",
    "ServiceCode": ".service_code",
    "ShortLink": ".short_link",
    "ShortLinkCollection": ".short_link_collection",
    "ShortLinkRequest": ".short_link_request",
    "ShortLinkRequestCollection": ".short_link_request_collection",
    "Sms": ".sms",
    "SmsBatchResult": ".sms_batch_result",
    "SmsClicks": ".sms_clicks",
    "SmsClicksCollection": ".sms_clicks_collection",
    "SmsCollection": ".sms_collection",
    "SmsDeliveryDryrunEvent": ".sms_delivery_dryrun_event",
    "SmsDeliveryEvent": ".sms_delivery_event",
    "SmsDeliveryEventData": ".sms_delivery_event_data",
    "SmsEmailParsingFailEvent": ".sms_email_parsing_fail_event",
    "SmsEmailParsingFailEventData": ".sms_email_parsing_fail_event_data",
    "SmsEmailParsingSuccessEvent": ".sms_email_parsing_success_event",
    "SmsEmailParsingSuccessEventData": ".sms_email_parsing_success_event_data",
    "SmsIncomingEvent": ".sms_incoming_event",
    "SmsIncomingEventData": ".sms_incoming_event_data",
    "SmsStatusCode": ".sms_status_code",
    "SmsWrite": ".sms_write",
    "SubscribeCampaignWrite": ".subscribe_campaign_write",
    "UnsubscribeReason": ".unsubscribe_reason",
    "VoiceLang": ".voice_lang",
    "WebhookEvent": ".webhook_event",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "Account",
    "AccountGroups",
    "BatchItemError",
    "BatchItemErrorJsonld",
    "BlockedNumber",
    "BlockedNumberCollection",
    "BlockedNumberType",
    "BlockedNumberWrite",
    "Bulk",
    "BulkEmailParsingFailEvent",
    "BulkEmailParsingFailEventData",
    "BulkEmailParsingSuccessEvent",
    "BulkEmailParsingSuccessEventData",
    "BulkStatus",
    "BulkStatusCode",
    "BulkStatusCollection",
    "BulkWrite",
    "Campaign",
    "CampaignCollection",
    "CampaignType",
    "CampaignWrite",
    "ConnectionType",
    "Currency",
    "DlrCode",
    "Error",
    "ErrorViolationsItem",
    "FraudCheck",
    "FraudCheckAddress",
    "FraudCheckAddressWrite",
    "FraudCheckCollection",
    "FraudCheckDoneEvent",
    "FraudCheckDoneEventData",
    "FraudCheckEmail",
    "FraudCheckIp",
    "FraudCheckPhone",
    "FraudCheckStatusCode",
    "FraudCheckWrite",
    "FraudServiceCode",
    "Group",
    "GroupCollection",
    "GroupWrite",
    "GroupWritePhonesType0",
    "HydraSearch",
    "HydraSearchHydramappingType0Item",
    "HydraView",
    "InboundEmail",
    "Incoming",
    "IncomingCollection",
    "Ordering",
    "ParsedEmailBulk",
    "ParsedEmailSms",
    "Phone",
    "PhoneBatchItem",
    "PhoneBatchItemJsonld",
    "PhoneBatchResultJsonld",
    "PhoneCollection",
    "PhoneSubscribeEvent",
    "PhoneSubscribeEventData",
    "PhoneUnsubscribeDetails",
    "PhoneUnsubscribeEvent",
    "PhoneUnsubscribeEventData",
    "PhoneUnsubscribeReasonInfo",
    "PhoneWrite",
    "ProxyType",
    "ServiceCode",
    "ShortLink",
    "ShortLinkCollection",
    "ShortLinkRequest",
    "ShortLinkRequestCollection",
    "Sms",
    "SmsBatchResult",
    "SmsClicks",
    "SmsClicksCollection",
    "SmsCollection",
    "SmsDeliveryDryrunEvent",
    "SmsDeliveryEvent",
    "SmsDeliveryEventData",
    "SmsEmailParsingFailEvent",
    "SmsEmailParsingFailEventData",
    "SmsEmailParsingSuccessEvent",
    "SmsEmailParsingSuccessEventData",
    "SmsIncomingEvent",
    "SmsIncomingEventData",
    "SmsStatusCode",
    "SmsWrite",
    "SubscribeCampaignWrite",
    "UnsubscribeReason",
    "VoiceLang",
    "WebhookEvent",
)
