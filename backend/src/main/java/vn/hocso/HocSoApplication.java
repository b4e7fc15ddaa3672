package vn.hocso;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HocSoApplication {

	public static void main(String[] args) {
		SpringApplication.run(HocSoApplication.class, args);
	}

}
