package vn.hocso.openlearning.domain;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** A topic (chủ đề) that groups materials, e.g. "Thanh toán không dùng tiền mặt". */
@Entity
@Table(name = "open_topic")
public class Topic {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "open_topic_seq")
	@SequenceGenerator(name = "open_topic_seq", sequenceName = "open_topic_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(nullable = false, unique = true, length = 80)
	private String slug;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 1000)
	private String summary;

	@Column(nullable = false)
	private int position;

	@Version
	private long version;

	protected Topic() {
		this.slug = "";
		this.title = "";
		this.summary = "";
	}

	Topic(String slug, String title, String summary, int position) {
		this.slug = Slugs.require(slug);
		this.title = title.strip();
		this.summary = summary.strip();
		this.position = position;
	}

	void edit(String title, String summary, int position) {
		this.title = title.strip();
		this.summary = summary.strip();
		this.position = position;
	}

	public long getId() {
		return Objects.requireNonNull(id);
	}

	public String getSlug() {
		return slug;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public int getPosition() {
		return position;
	}

	public long getVersion() {
		return version;
	}

}
