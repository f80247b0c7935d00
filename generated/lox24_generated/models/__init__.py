"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_groups import AccountGroups
from .batch_item_error import BatchItemError
from .batch_item_error_jsonld import BatchItemErrorJsonld
from .bulk import Bulk
from .bulk_status import BulkStatus
from .bulk_status_code import BulkStatusCode
from .bulk_status_collection import BulkStatusCollection
from .bulk_write import BulkWrite
from .currency import Currency
from .error import Error
from .error_violations_item import ErrorViolationsItem
from .group import Group
from .group_collection import GroupCollection
from .group_write import GroupWrite
from .group_write_phones_type_0 import GroupWritePhonesType0
from .hydra_search import HydraSearch
from .hydra_search_hydramapping_item import HydraSearchHydramappingItem
from .hydra_view import HydraView
from .ordering import Ordering
from .phone import Phone
from .phone_batch_item import PhoneBatchItem
from .phone_batch_item_jsonld import PhoneBatchItemJsonld
from .phone_batch_result_jsonld import PhoneBatchResultJsonld
from .phone_collection import PhoneCollection
from .phone_write import PhoneWrite
from .service_code import ServiceCode
from .unsubscribe_reason import UnsubscribeReason
from .voice_lang import VoiceLang

__all__ = (
    "Account",
    "AccountGroups",
    "BatchItemError",
    "BatchItemErrorJsonld",
    "Bulk",
    "BulkStatus",
    "BulkStatusCode",
    "BulkStatusCollection",
    "BulkWrite",
    "Currency",
    "Error",
    "ErrorViolationsItem",
    "Group",
    "GroupCollection",
    "GroupWrite",
    "GroupWritePhonesType0",
    "HydraSearch",
    "HydraSearchHydramappingItem",
    "HydraView",
    "Ordering",
    "Phone",
    "PhoneBatchItem",
    "PhoneBatchItemJsonld",
    "PhoneBatchResultJsonld",
    "PhoneCollection",
    "PhoneWrite",
    "ServiceCode",
    "UnsubscribeReason",
    "VoiceLang",
)
