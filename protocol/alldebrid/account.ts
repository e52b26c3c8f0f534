// The account: PIN sign-in, new-location verification, user data and reseller vouchers.

export interface PinGetData {
  pin: string;
  check: string;
  expires_in: number;
  user_url: string;
  base_url: string;
}

/** Deprecated /v4/pin/get also returns a check_url. */
export interface PinGetV4Data extends PinGetData {
  check_url: string;
}

export interface PinCheckData {
  activated: boolean;
  expires_in: number;
  apikey?: string;
}

export interface VerifData {
  verif: "waiting" | "allowed" | "denied";
  resendable?: boolean;
  apikey?: string;
}

export interface VerifResendData {
  sent: boolean;
}

export interface User {
  username: string;
  email: string;
  isPremium: boolean;
  isSubscribed: boolean;
  isTrial: boolean;
  /** 0 when not premium, else a Unix timestamp (the docs' example shows it as a string). */
  premiumUntil: number | string;
  lang: string;
  preferedDomain: string;
  fidelityPoints: number;
  limitedHostersQuotas: Record<string, number>;
  remainingTrialQuota?: number;
  notifications: string[];
}

export interface UserData {
  user: User;
}

export const VOUCHER_DURATIONS = [15, 30, 90, 180, 365] as const;
export type VoucherDuration = (typeof VOUCHER_DURATIONS)[number];

export interface VoucherBalanceData {
  balance: number;
}

export interface VoucherGetData {
  codes: string[];
  partialList?: boolean;
}

export interface VoucherGenerateData {
  codes: string[];
  pricePerVoucher: number;
  total: number;
  balance: number;
}
