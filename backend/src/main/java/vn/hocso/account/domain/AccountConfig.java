package vn.hocso.account.domain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountConfig {

	@Bean
	ActivationCodes activationCodes(AccountProperties properties) {
		return new ActivationCodes(properties.codeLength());
	}

	@Bean
	CodeCipher codeCipher(AccountProperties properties) {
		return new CodeCipher(properties.sheetKey());
	}

}
