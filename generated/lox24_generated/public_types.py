"""Every model, enum and webhook event of the API: what ``lox24.types`` re-exports.

Generated from spec/lox24.yaml by scripts/codegen_resources.py; do not edit."""

from typing import TYPE_CHECKING, Any

from . import models as _models
from .types import UNSET as UNSET
from .types import Unset as Unset

if TYPE_CHECKING:
    from .models.account import Account as Account
    from .models.account_groups import AccountGroups as AccountGroups
    from .models.batch_item_error import BatchItemError as BatchItemError
    from .models.batch_item_error_jsonld import (
        BatchItemErrorJsonld as BatchItemErrorJsonld,
    )
    from .models.blocked_number import BlockedNumber as BlockedNumber
    from .models.blocked_number_collection import (
        BlockedNumberCollection as BlockedNumberCollection,
    )
    from .models.blocked_number_type import BlockedNumberType as BlockedNumberType
    from .models.blocked_number_write import BlockedNumberWrite as BlockedNumberWrite
    from .models.bulk import Bulk as Bulk
    from .models.bulk_email_parsing_fail_event import (
        BulkEmailParsingFailEvent as BulkEmailParsingFailEvent,
    )
    from .models.bulk_email_parsing_fail_event_data import (
        BulkEmailParsingFailEventData as BulkEmailParsingFailEventData,
    )
    from .models.bulk_email_parsing_success_event import (
        BulkEmailParsingSuccessEvent as BulkEmailParsingSuccessEvent,
    )
    from .models.bulk_email_parsing_success_event_data import (
        BulkEmailParsingSuccessEventData as BulkEmailParsingSuccessEventData,
    )
    from .models.bulk_status import BulkStatus as BulkStatus
    from .models.bulk_status_code import BulkStatusCode as BulkStatusCode
    from .models.bulk_status_collection import (
        BulkStatusCollection as BulkStatusCollection,
    )
    from .models.bulk_write import BulkWrite as BulkWrite
    from .models.campaign import Campaign as Campaign
    from .models.campaign_collection import CampaignCollection as CampaignCollection
    from .models.campaign_type import CampaignType as CampaignType
    from .models.campaign_write import CampaignWrite as CampaignWrite
    from .models.connection_type import ConnectionType as ConnectionType
    from .models.currency import Currency as Currency
    from .models.dlr_code import DlrCode as DlrCode
    from .models.error import Error as Error
    from .models.error_violations_item import ErrorViolationsItem as ErrorViolationsItem
    from .models.fraud_check import FraudCheck as FraudCheck
    from .models.fraud_check_address import FraudCheckAddress as FraudCheckAddress
    from .models.fraud_check_address_write import (
        FraudCheckAddressWrite as FraudCheckAddressWrite,
    )
    from .models.fraud_check_collection import (
        FraudCheckCollection as FraudCheckCollection,
    )
    from .models.fraud_check_done_event import (
        FraudCheckDoneEvent as FraudCheckDoneEvent,
    )
    from .models.fraud_check_done_event_data import (
        FraudCheckDoneEventData as FraudCheckDoneEventData,
    )
    from .models.fraud_check_email import FraudCheckEmail as FraudCheckEmail
    from .models.fraud_check_ip import FraudCheckIp as FraudCheckIp
    from .models.fraud_check_phone import FraudCheckPhone as FraudCheckPhone
    from .models.fraud_check_status_code import (
        FraudCheckStatusCode as FraudCheckStatusCode,
    )
    from .models.fraud_check_write import FraudCheckWrite as FraudCheckWrite
    from .models.fraud_service_code import FraudServiceCode as FraudServiceCode
    from .models.group import Group as Group
    from .models.group_collection import GroupCollection as GroupCollection
    from .models.group_write import GroupWrite as GroupWrite
    from .models.group_write_phones_type_0 import (
        GroupWritePhonesType0 as GroupWritePhonesType0,
    )
    from .models.hydra_search import HydraSearch as HydraSearch
    from .models.hydra_search_hydramapping_type_0_item import (
        HydraSearchHydramappingType0Item as HydraSearchHydramappingType0Item,
    )
    from .models.hydra_view import HydraView as HydraView
    from .models.inbound_email import InboundEmail as InboundEmail
    from .models.incoming import Incoming as Incoming
    from .models.incoming_collection import IncomingCollection as IncomingCollection
    from .models.ordering import Ordering as Ordering
    from .models.parsed_email_bulk import ParsedEmailBulk as ParsedEmailBulk
    from .models.parsed_email_sms import ParsedEmailSms as ParsedEmailSms
    from .models.phone import Phone as Phone
    from .models.phone_batch_item import PhoneBatchItem as PhoneBatchItem
    from .models.phone_batch_item_jsonld import (
        PhoneBatchItemJsonld as PhoneBatchItemJsonld,
    )
    from .models.phone_batch_result_jsonld import (
        PhoneBatchResultJsonld as PhoneBatchResultJsonld,
    )
    from .models.phone_collection import PhoneCollection as PhoneCollection
    from .models.phone_subscribe_event import PhoneSubscribeEvent as PhoneSubscribeEvent
    from .models.phone_subscribe_event_data import (
        PhoneSubscribeEventData as PhoneSubscribeEventData,
    )
    from .models.phone_unsubscribe_details import (
        PhoneUnsubscribeDetails as PhoneUnsubscribeDetails,
    )
    from .models.phone_unsubscribe_event import (
        PhoneUnsubscribeEvent as PhoneUnsubscribeEvent,
    )
    from .models.phone_unsubscribe_event_data import (
        PhoneUnsubscribeEventData as PhoneUnsubscribeEventData,
    )
    from .models.phone_unsubscribe_reason_info import (
        PhoneUnsubscribeReasonInfo as PhoneUnsubscribeReasonInfo,
    )
    from .models.phone_write import PhoneWrite as PhoneWrite
    from .models.proxy_type import ProxyType as ProxyType
    from .models.service_code import ServiceCode as ServiceCode
    from .models.short_link import ShortLink as ShortLink
    from .models.short_link_collection import ShortLinkCollection as ShortLinkCollection
    from .models.short_link_request import ShortLinkRequest as ShortLinkRequest
    from .models.short_link_request_collection import (
        ShortLinkRequestCollection as ShortLinkRequestCollection,
    )
    from .models.sms import Sms as Sms
    from .models.sms_batch_result import SmsBatchResult as SmsBatchResult
    from .models.sms_clicks import SmsClicks as SmsClicks
    from .models.sms_clicks_collection import SmsClicksCollection as SmsClicksCollection
    from .models.sms_collection import SmsCollection as SmsCollection
    from .models.sms_delivery_dryrun_event import (
        SmsDeliveryDryrunEvent as SmsDeliveryDryrunEvent,
    )
    from .models.sms_delivery_event import SmsDeliveryEvent as SmsDeliveryEvent
    from .models.sms_delivery_event_data import (
        SmsDeliveryEventData as SmsDeliveryEventData,
    )
    from .models.sms_email_parsing_fail_event import (
        SmsEmailParsingFailEvent as SmsEmailParsingFailEvent,
    )
    from .models.sms_email_parsing_fail_event_data import (
        SmsEmailParsingFailEventData as SmsEmailParsingFailEventData,
    )
    from .models.sms_email_parsing_success_event import (
        SmsEmailParsingSuccessEvent as SmsEmailParsingSuccessEvent,
    )
    from .models.sms_email_parsing_success_event_data import (
        SmsEmailParsingSuccessEventData as SmsEmailParsingSuccessEventData,
    )
    from .models.sms_incoming_event import SmsIncomingEvent as SmsIncomingEvent
    from .models.sms_incoming_event_data import (
        SmsIncomingEventData as SmsIncomingEventData,
    )
    from .models.sms_status_code import SmsStatusCode as SmsStatusCode
    from .models.sms_write import SmsWrite as SmsWrite
    from .models.subscribe_campaign_write import (
        SubscribeCampaignWrite as SubscribeCampaignWrite,
    )
    from .models.unsubscribe_reason import UnsubscribeReason as UnsubscribeReason
    from .models.voice_lang import VoiceLang as VoiceLang
    from .models.webhook_event import WebhookEvent as WebhookEvent
else:  # at run time only, so that a type checker refuses a name not listed

    def __getattr__(name: str) -> Any:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_models, name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
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
    "UNSET",
    "Unset",
    "UnsubscribeReason",
    "VoiceLang",
    "WebhookEvent",
]
